import type { ReactNode } from 'react';
import { SectionCard } from '../../app/SectionCard';

/** One of the register's ways in: a titled card whose form asks `onSubmit` instead of reloading the page. */
export function SearchCard({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <SectionCard id={id} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </SectionCard>
  );
}
