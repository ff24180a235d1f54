print('beta starts')
import alpha
alpha_value_at_import = getattr(alpha, 'value', 'not yet defined')
value = 'beta value'
print('beta ends')
