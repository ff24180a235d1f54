# Circular imports: partially initialised modules, and the error when a name is not yet defined.
import alpha

print(alpha.value, alpha.beta.value, alpha.beta.alpha_value_at_import)
try:
    import gamma
except ImportError as e:
    print('ImportError:', str(e).replace('\\', '/'))
