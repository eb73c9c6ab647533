print("ardoise")
