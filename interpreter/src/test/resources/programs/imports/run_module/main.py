# Imports the package normally: __main__.py is not run.
import tool
import tool.helpers
print(tool.helpers.double(5), tool.__name__)
