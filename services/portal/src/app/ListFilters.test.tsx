import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import '../i18n/cb';
import { Providers } from './App';
import { ListFilters, type FilterSpec } from './ListFilters';
import type { ListNavigation } from './list-navigation';

type Search = {
  state?: 'open' | 'closed';
  requirement?: string;
  overdue?: true;
  sort?: 'dueDate' | 'number';
  page?: number;
};

const FILTERS: readonly FilterSpec<Search>[] = [
  {
    choice: 'state',
    choices: ['open', 'closed'],
    labels: 'cb.review.states',
    all: 'cb.review.allStates',
    width: 180,
  },
  { text: 'requirement', width: 140 },
  { sort: ['dueDate', 'number'], fallback: 'dueDate' },
  { flag: 'overdue' },
  <button key="own" type="button">
    Own filter
  </button>,
  false,
];

const renderFilters = async (search: Search) => {
  await initI18n('fr');
  const nav = { set: vi.fn(), page: vi.fn(), reset: vi.fn() } satisfies ListNavigation<Search>;
  render(
    <Providers env="test">
      <ListFilters words="cb.review" search={search} nav={nav} filters={FILTERS} />
    </Providers>,
  );
  return nav;
};

describe('ListFilters', () => {
  it('reads each filter under the page’s words and shows the URL’s values', async () => {
    await renderFilters({ state: 'closed', requirement: '1.2', overdue: true });
    expect(screen.getByRole('combobox', { name: 'État' })).toHaveValue('Levés ou écartés');
    expect(screen.getByRole('textbox', { name: 'Exigence' })).toHaveValue('1.2');
    expect(screen.getByRole('textbox', { name: 'Exigence' })).toHaveAttribute('placeholder', 'ex. 1.2');
    // The list's own order is left out of the URL, and shown.
    expect(screen.getByRole('combobox', { name: 'Tri' })).toHaveValue('Échéance la plus proche');
    expect(screen.getByRole('checkbox', { name: 'Échus seulement' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Own filter' })).toBeInTheDocument();
  });

  it('puts each change in the URL under its key, and clears them all', async () => {
    const user = userEvent.setup();
    const nav = await renderFilters({});
    await user.click(screen.getByRole('combobox', { name: 'État' }));
    await user.click(await screen.findByRole('option', { name: 'En cours' }));
    expect(nav.set).toHaveBeenLastCalledWith({ state: 'open' });
    await user.click(screen.getByRole('checkbox', { name: 'Échus seulement' }));
    expect(nav.set).toHaveBeenLastCalledWith({ overdue: true });
    await user.type(screen.getByRole('textbox', { name: 'Exigence' }), ' 4.1 ');
    // Sent once typing pauses, trimmed.
    await vi.waitFor(() => expect(nav.set).toHaveBeenLastCalledWith({ requirement: '4.1' }));
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(nav.reset).toHaveBeenCalledOnce();
  });
});
