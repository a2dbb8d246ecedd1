import { useQuery } from '@tanstack/react-query';
import { certificationBodiesQuery, schemesQuery } from './queries';

/** Titles for the ids dossiers carry; the id itself while the lists load (or if one is unknown). */
export function useNames() {
  const schemes = useQuery(schemesQuery).data?.items ?? [];
  const bodies = useQuery(certificationBodiesQuery).data?.items ?? [];
  return {
    scheme: (id: string) => schemes.find((s) => s.schemeId === id)?.title ?? id,
    level: (schemeId: string, level: string) =>
      schemes.find((s) => s.schemeId === schemeId)?.levels.find((l) => l.id === level)?.label ?? level,
    cb: (id: string) => bodies.find((b) => b.id === id)?.name ?? id,
  };
}
