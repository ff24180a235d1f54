# -W options: malformed ones are reported at start-up, valid ones become filters (later wins).
import sys
import warnings
print(sys.warnoptions)
try:
    warnings.warn("deprecated thing", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
warnings.warn("a user warning")
warnings.warn("ignored by message", RuntimeWarning)
warnings.warn("Shown runtime", RuntimeWarning)
print("end")
