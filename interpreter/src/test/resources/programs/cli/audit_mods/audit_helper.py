VALUE = "helper loaded"
