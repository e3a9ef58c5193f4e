// @vitest-environment jsdom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ListBar } from '@/components/page/list-bar';
import { NO_FILTERS, type ListFilters, type ListOrder } from '@/lib/page-view/list-filters';
import { mount } from '../../helpers/mount';

/** What the bar told the page, in order. */
interface Told {
  filters: ListFilters[];
  orders: ListOrder[];
}

/** The bar over a ranked daily listing, its filters and order kept as the page keeps them. */
function Page({ told, ranked }: { told: Told; ranked: boolean }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [order, setOrder] = useState<ListOrder>('page');
  return (
    <ListBar
      total={4}
      summarized={2}
      saved={1}
      shown={4}
      seen={0}
      dismissed={0}
      forYou={1}
      ranked={ranked}
      sections={new Set(['new', 'cross-list', 'replacement'] as const)}
      tags={['diffusion', 'agents']}
      filters={filters}
      order={order}
      onChange={(next) => {
        told.filters.push(next);
        setFilters(next);
      }}
      onOrderChange={(next) => {
        told.orders.push(next);
        setOrder(next);
      }}
      onTriage={() => undefined}
    />
  );
}

function bar({ ranked = true } = {}) {
  const told: Told = { filters: [], orders: [] };
  const root = mount(<Page told={told} ranked={ranked} />);
  const find = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  return { root, told, find };
}

const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const click = (target: Element) =>
  act(() => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
const options = (root: HTMLElement) => [...root.querySelectorAll('[data-filter="tag"] ~ [role="listbox"] [role="option"]')].map((o) => o.textContent);

describe('the list bar', () => {
  it('holds no form control, so putting it in the page sets off no autofill scan', () => {
    const { root, find } = bar();
    click(find('[data-filter="tag"]'));
    expect(root.querySelectorAll('button, input, select, textarea, fieldset, output, object')).toHaveLength(0);
    expect([...root.querySelectorAll('[data-filter]')].map((f) => f.getAttribute('data-filter'))).toEqual([
      'summarized',
      'hide-saved',
      'unseen',
      'hide-cross-lists',
      'hide-replacements',
      'for-you',
      'tag',
    ]);
  });

  it('toggles a filter with a click, Enter or Space, and says its state in aria-pressed', () => {
    const { find, told } = bar();
    const summarized = () => find('[data-filter="summarized"]');
    expect(summarized().getAttribute('aria-pressed')).toBe('false');
    expect(summarized().tabIndex).toBe(0);
    click(summarized());
    expect(summarized().getAttribute('aria-pressed')).toBe('true');
    press(summarized(), 'Enter');
    expect(summarized().getAttribute('aria-pressed')).toBe('false');
    press(find('[data-filter="hide-saved"]'), ' ');
    expect(find('[data-filter="hide-saved"]').getAttribute('aria-pressed')).toBe('true');
    expect(told.filters.map((f) => [f.summarizedOnly, f.hideSaved])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    click(find('[data-action="clear-filters"]'));
    expect(told.filters.at(-1)).toEqual(NO_FILTERS);
    expect(find('[data-filter="hide-saved"]').getAttribute('aria-pressed')).toBe('false');
  });

  it('chooses a tag from the keyboard: arrows walk the list, Enter takes one, Escape leaves it', () => {
    const { root, find, told } = bar();
    const menu = () => find('[data-filter="tag"]');
    expect(menu().getAttribute('aria-expanded')).toBe('false');
    expect(options(root)).toEqual([]);
    press(menu(), 'ArrowDown');
    expect(menu().getAttribute('aria-expanded')).toBe('true');
    expect(options(root)).toEqual(['any', 'diffusion', 'agents']);
    press(menu(), 'ArrowDown');
    press(menu(), 'ArrowDown');
    expect(document.getElementById(menu().getAttribute('aria-activedescendant')!)?.textContent).toBe('agents');
    press(menu(), 'Escape');
    expect(menu().getAttribute('aria-expanded')).toBe('false');
    expect(told.filters).toEqual([]);
    press(menu(), 'Enter');
    press(menu(), 'End');
    press(menu(), 'ArrowUp');
    press(menu(), 'Enter');
    expect(told.filters.map((f) => f.tag)).toEqual(['diffusion']);
    expect(menu().getAttribute('aria-expanded')).toBe('false');
    expect(menu().textContent).toContain('diffusion');
  });

  it('chooses the order with a click on its option, and offers "for you first" only on a ranked list', () => {
    const ranked = bar();
    click(ranked.find('[data-sort]'));
    click(ranked.find('[role="option"][data-value="relevance"]'));
    expect(ranked.told.orders).toEqual(['relevance']);
    expect(ranked.find('[data-sort]').getAttribute('data-value')).toBe('relevance');

    const unranked = bar({ ranked: false });
    expect(unranked.root.querySelector('[data-filter="for-you"]')).toBeNull();
    click(unranked.find('[data-sort]'));
    const forYou = unranked.find('[role="option"][data-value="relevance"]');
    expect(forYou.getAttribute('aria-disabled')).toBe('true');
    click(forYou);
    press(unranked.find('[data-sort]'), 'ArrowDown');
    press(unranked.find('[data-sort]'), 'Enter');
    expect(unranked.told.orders).toEqual([]);
  });
});
