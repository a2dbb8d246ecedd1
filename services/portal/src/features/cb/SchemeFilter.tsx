import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { useNames } from '../../app/names';
import { schemesQuery } from '../../app/queries';

/** The scheme a list or a report narrows to, named by its title; cleared, it means every scheme. */
export function SchemeFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (schemeId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const schemes = useQuery(schemesQuery);
  return (
    <ChoiceFilter
      label={t('cb.queue.scheme')}
      placeholder={t('cb.queue.allSchemes')}
      value={value}
      choices={(schemes.data?.items ?? []).map((s) => s.schemeId)}
      labelOf={names.scheme}
      onChange={onChange}
      width={240}
    />
  );
}
