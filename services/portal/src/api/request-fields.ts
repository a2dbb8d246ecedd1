/** A value left unset (nothing chosen, an empty text, an unticked flag, no status): the API wants it absent, not empty. */
type Unset = undefined | null | '' | false;

type Present<P> = { [K in keyof P]?: Exclude<P[K], Unset> };

/**
 * The optional fields of a request that are filled in: a list's filters, a form's optional
 * answers. Those left unset are left out of the request, so the API applies no filter and
 * records no empty value.
 */
export function filledIn<P extends Record<string, unknown>>(params: P): Present<P> {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        value !== false &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as Present<P>;
}

/** A ticked "only …" filter, sent as the string the API's query reads. */
export const flagQuery = (flag: boolean | undefined): 'true' | undefined => (flag ? 'true' : undefined);
