// The indicator tests land with the indicator engine (issue 3).
