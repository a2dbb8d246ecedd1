import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { Providers } from './App';
import { ListPages } from './ListPages';

const renderPages = (props: { total: number; page: number }) => {
  const onChange = vi.fn();
  render(
    <Providers env="test">
      <ListPages pageSize={20} label="Pages" onChange={onChange} {...props} />
    </Providers>,
  );
  return onChange;
};

describe('ListPages', () => {
  it('names its previous and next controls in French', async () => {
    await initI18n('fr');
    const onChange = renderPages({ total: 45, page: 2 });
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(onChange).toHaveBeenLastCalledWith(1);
  });

  it('names them in English once the reader chose English', async () => {
    await initI18n('en');
    const onChange = renderPages({ total: 45, page: 2 });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onChange).toHaveBeenLastCalledWith(1);
    expect(screen.queryByRole('button', { name: 'Page suivante' })).not.toBeInTheDocument();
  });

  it('shows nothing for a list that fits on one page', async () => {
    await initI18n('fr');
    renderPages({ total: 20, page: 1 });
    expect(screen.queryByRole('button', { name: 'Page suivante' })).not.toBeInTheDocument();
  });
});
