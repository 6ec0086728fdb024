import {
  type ComponentType,
  cloneElement,
  type ReactElement,
  type Ref,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { usePlankitUI } from '../i18n/context';
import type { MessageKey } from '../messages/en';
import { composeRefs } from '../primitives/compose';
import { Slot } from '../primitives/Slot';
import { Button } from './Button';
import type { DialogControlProps } from './DialogControl';

type ShellProps = Pick<DialogControlProps<never>, 'open' | 'defaultOpen' | 'onOpenChange' | 'children'>;

// useLayoutEffect warns during server rendering; the shell only needs it in the browser.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Loads a drop-in component's body once per page, for every shell of it. */
export function bodyLoader<P>(
  name: string,
  triggerLabel: MessageKey,
  load: () => Promise<ComponentType<P>>,
): BodyLoader<P> {
  const loader: BodyLoader<P> = {
    name,
    triggerLabel,
    loaded: null,
    loading: null,
    preload() {
      loader.loading ??= load().then((component) => {
        loader.loaded = component;
        return component;
      });
      return loader.loading;
    },
    forget() {
      loader.loading = null;
    },
  };
  return loader;
}

/** One dialog's body: loaded once per page, shared by every shell of that dialog. */
export interface BodyLoader<P> {
  /** Names the dialog in development warnings. */
  readonly name: string;
  readonly triggerLabel: MessageKey;
  loaded: ComponentType<P> | null;
  loading: Promise<ComponentType<P>> | null;
  preload(): Promise<ComponentType<P>>;
  /** Forget a failed load, so the next hover, focus or click tries again. */
  forget(): void;
}

/**
 * A drop-in dialog whose body loads on first use, so a host's page ships only this shell, the
 * trigger and the code to load the rest: the body is fetched on the trigger's hover or focus (or on
 * click, at the latest) and the dialog opens as soon as it is there. Until then the shell renders the
 * same trigger, also on the server, so nothing flashes. The body always runs controlled by the
 * shell's open state.
 */
export function LazyDialogShell<P extends ShellProps>({ loader, props }: { loader: BodyLoader<P>; props: P }) {
  // The label is plain text: the catalog entry itself, without the translator's formatting code.
  const { messages } = usePlankitUI();
  const [Body, setBody] = useState<ComponentType<P> | null>(() => loader.loaded);
  const [isOpen, setOpen] = useControllableState({
    value: props.open,
    defaultValue: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
    name: `${loader.name} \`open\``,
  });
  const triggerNode = useRef<HTMLElement | null>(null);
  // Whether the shell's trigger has focus, to hand it to the dialog's trigger when the body arrives.
  const focused = useRef(false);
  // A body that arrives while the trigger is pressed waits for the click, which would otherwise
  // land on a trigger that is no longer in the page.
  const pressed = useRef(false);
  const arrived = useRef<ComponentType<P> | null>(null);
  const show = (component: ComponentType<P>) => {
    if (pressed.current) arrived.current = component;
    else setBody(() => component);
  };
  const release = () => {
    pressed.current = false;
    if (arrived.current !== null) show(arrived.current);
  };
  const fetchBody = () => {
    if (Body !== null) return;
    loader.preload().then(show, () => {
      // A failed chunk load is retried on the next hover, focus or click.
      loader.forget();
    });
  };
  // A controlled dialog opened by the host's own control loads its body then.
  useEffect(() => {
    if (isOpen && Body === null) fetchBody();
  });
  // The body re-renders the host's trigger inside the dialog's root; keep focus where it was.
  useBrowserLayoutEffect(() => {
    if (Body === null || !focused.current) return;
    focused.current = false;
    triggerNode.current?.focus();
  }, [Body]);

  const element: ReactElement | null =
    props.children ?? (props.open === undefined ? <Button>{messages[loader.triggerLabel]}</Button> : null);
  if (Body !== null) {
    const trigger = element === null ? undefined : withRef(element, triggerNode);
    return (
      <Body {...props} open={isOpen} onOpenChange={setOpen}>
        {trigger}
      </Body>
    );
  }
  if (element === null) return null;
  return (
    <Slot
      ref={(node: HTMLElement | null) => {
        triggerNode.current = node;
      }}
      aria-haspopup="dialog"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={fetchBody}
      onFocus={() => {
        focused.current = true;
        fetchBody();
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onPointerDown={() => {
        pressed.current = true;
      }}
      onPointerLeave={release}
      onPointerCancel={release}
      onClick={() => {
        setOpen(true);
        release();
        fetchBody();
      }}
    >
      {element}
    </Slot>
  );
}

/** The host's element with our ref composed into its own. */
function withRef(element: ReactElement, ref: Ref<HTMLElement>): ReactElement {
  const own = (element.props as { ref?: Ref<HTMLElement> }).ref;
  return cloneElement(element as ReactElement<{ ref?: Ref<HTMLElement> }>, { ref: composeRefs(own, ref) });
}
