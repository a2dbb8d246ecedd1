import { IssuerIdentity } from './issuer-identity';

describe(IssuerIdentity.name, () => {
  it('maps the public URL to did:web with the port percent-encoded, as did:web resolvers expect', () => {
    const sut = new IssuerIdentity('https://certhub.example:8443');
    expect(sut.did('cb1')).toBe('did:web:certhub.example%3A8443:cbs:cb1');
    expect(sut.kid('cb1', 2)).toBe('did:web:certhub.example%3A8443:cbs:cb1#key-2');
    expect(sut.statusListUrl('cb1', 'suspension')).toBe(
      'https://certhub.example:8443/cbs/cb1/status/suspension',
    );
  });

  it('adds a path prefix as DID segments', () => {
    expect(new IssuerIdentity('https://example.org/certhub').did('cb1')).toBe(
      'did:web:example.org:certhub:cbs:cb1',
    );
  });
});
