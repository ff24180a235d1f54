print('alpha starts')
import beta
value = 'alpha value'
print('alpha ends, beta.value =', beta.value)
