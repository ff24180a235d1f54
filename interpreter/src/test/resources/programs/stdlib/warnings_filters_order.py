# filterwarnings order, module and message regexes, append, and the filters list
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('error', category=RuntimeWarning, append=True)
    warnings.warn('skip me')
    warnings.warn('keep me')
    try:
        warnings.warn('runtime', RuntimeWarning)
    except RuntimeWarning as e:
        print('error action reached?', e)
    print([str(w.message) for w in caught])
    print([(f[0], f[2].__name__) for f in warnings.filters[:3]])
    warnings.filterwarnings('ignore', module='nomatch')
    warnings.warn('module filter does not apply')
    print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(warnings.filters[0][0], len(warnings.filters) >= 1)
try:
    warnings.filterwarnings('ignore', category='notaclass')
except (TypeError, AssertionError) as e:
    print(type(e).__name__)
