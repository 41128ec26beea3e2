print("libcoop")
