import { useEffect } from 'react';

/** Each page names itself in the tab and to screen readers arriving on it. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · CertHub` : 'CertHub';
  }, [title]);
}
