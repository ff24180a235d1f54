value = 1
print('plain:', '__annotations__' in globals(), sorted(k for k in globals() if k.startswith('__c')))
