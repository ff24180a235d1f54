greeting = "from the package"
