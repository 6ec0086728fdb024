import type { EligibleUser } from '@plankit/sdk';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

export interface UserComboboxProps {
  query: string;
  onQueryChange(query: string): void;
  users: readonly EligibleUser[];
  total: number | undefined;
  selected: EligibleUser | null;
  onSelect(user: EligibleUser): void;
  searching: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  disabled?: boolean | undefined;
}

const PAGE_STEP = 10;
// Fetch the next page this many options before the end, so arrowing down never waits.
const PREFETCH_AHEAD = 8;

/**
 * A searchable user picker after the WAI-ARIA combobox pattern: a text input that owns a listbox
 * (aria-controls, aria-activedescendant), so focus stays in the input while ArrowUp/ArrowDown,
 * PageUp/PageDown move the active option and Enter picks it. The list is shown inline (not a
 * popup), so Escape keeps closing the dialog. Pages load as the user scrolls or arrows near the end.
 * Styling hooks: `data-slot="user-combobox" | "user-listbox" | "user-option"`, `data-active`,
 * `data-state="selected"` on the chosen option.
 */
export function UserCombobox({
  query,
  onQueryChange,
  users,
  total,
  selected,
  onSelect,
  searching,
  hasMore,
  loadingMore,
  onLoadMore,
  disabled = false,
}: UserComboboxProps) {
  const t = useT();
  const id = useId();
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);

  // New results: nothing active until the user arrows in.
  const resultsKey = `${query}|${users[0]?.id ?? ''}`;
  const [activeFor, setActiveFor] = useState(resultsKey);
  if (activeFor !== resultsKey) {
    setActiveFor(resultsKey);
    setActive(-1);
  }

  useEffect(() => {
    if (active < 0) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const move = (to: number) => {
    if (users.length === 0) return;
    const next = Math.max(0, Math.min(users.length - 1, to));
    setActive(next);
    if (hasMore && next >= users.length - PREFETCH_AHEAD) onLoadMore();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(active - 1);
        break;
      case 'PageDown':
        event.preventDefault();
        move(active + PAGE_STEP);
        break;
      case 'PageUp':
        event.preventDefault();
        move(active - PAGE_STEP);
        break;
      case 'Enter': {
        const user = users[active];
        if (user) {
          event.preventDefault();
          onSelect(user);
        }
        break;
      }
    }
  };

  // The options re-render only when the results, the selection or the active option change: a
  // keystroke repaints the input, not fifty rows and their formatted prices.
  const selectedId = selected?.id;
  const pick = useRef(onSelect);
  pick.current = onSelect;
  const options = useMemo(
    () =>
      users.map((user, index) => {
        const isSelected = selectedId === user.id;
        return (
          // Focus stays in the input (aria-activedescendant), so options are not focusable themselves.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard.
          // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant.
          <div
            key={user.id}
            id={`${id}-opt-${user.id}`}
            role="option"
            aria-selected={isSelected}
            className="plankit-user-option"
            data-slot="user-option"
            data-index={index}
            data-active={index === active ? '' : undefined}
            data-state={isSelected ? 'selected' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setActive(index);
              pick.current(user);
            }}
          >
            <span className="plankit-user-name">{user.name}</span>
            <span className="plankit-user-price">{t('number.perMonth', { price: user.monthlyPrice })}</span>
            <span className="plankit-user-meta">
              {user.email} · {user.subAccountName}
            </span>
          </div>
        );
      }),
    [users, selectedId, active, id, t],
  );

  const activeUser = users[active];
  const empty = total === 0 && !searching;
  return (
    <div className="plankit-section plankit-field plankit-combobox" data-slot="user-combobox">
      <label className="plankit-section-label" id={labelId} htmlFor={`${id}-input`}>
        {t('assignNumber.userLabel')}
      </label>
      <input
        // biome-ignore lint/a11y/noAutofocus: the dialog opens to search; focus starts in its only text field.
        autoFocus
        id={`${id}-input`}
        className="plankit-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={users.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeUser ? `${id}-opt-${activeUser.id}` : undefined}
        aria-describedby={hintId}
        aria-busy={searching || undefined}
        placeholder={t('assignNumber.userPlaceholder')}
        value={query}
        disabled={disabled}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="plankit-hint" id={hintId}>
        {t('assignNumber.userHint')}
      </p>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-labelledby={labelId}
        className="plankit-listbox"
        data-slot="user-listbox"
        data-state={searching ? 'searching' : 'idle'}
        hidden={users.length === 0}
        onScroll={(event) => {
          const el = event.currentTarget;
          if (hasMore && el.scrollTop + el.clientHeight >= el.scrollHeight - 120) onLoadMore();
        }}
      >
        {options}
      </div>
      <p className="plankit-hint" data-slot="user-count">
        {searching && users.length === 0
          ? t('assignNumber.searching')
          : loadingMore
            ? t('assignNumber.loadingMore')
            : total !== undefined && total > users.length
              ? t('assignNumber.showing', { shown: users.length, total })
              : null}
      </p>
      {empty ? (
        <p className="plankit-muted plankit-flush" data-slot="user-empty">
          {query.trim() === '' ? t('assignNumber.noneEligible') : t('assignNumber.noMatch', { query: query.trim() })}
        </p>
      ) : null}
    </div>
  );
}
