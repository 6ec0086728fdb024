import { type ComponentProps, type ComponentType, useEffect, useRef, useState } from 'react';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { LiveRegion } from '../components/LiveRegion';
import { type BodyLoader, bodyLoader } from '../components/lazyDialog';
import { useT } from '../i18n/useT';
import { session, storageKey } from './checkoutStorage';
import type { PayToActivateContent, PayToActivateProps } from './PayToActivate';

type Content = ComponentType<ComponentProps<typeof PayToActivateContent>>;

const body = bodyLoader<ComponentProps<typeof PayToActivateContent>>('PayToActivate', 'payToActivate.payNow', () =>
  import('./PayToActivate').then((module) => module.PayToActivateContent),
);

/**
 * PayToActivate's idle markup (badge, price hint, Pay Now) until its body (checkout, polling,
 * outcomes) has loaded: on Pay Now's hover or focus, on its click at the latest, which then starts
 * checkout; at once when there is a checkout to follow up (`checkoutId`, or one started here before
 * a redirect) or checkout opens in a popup, which must open inside the click itself.
 */
export function LazyPayToActivate({
  loader,
  props,
}: {
  loader: BodyLoader<ComponentProps<Content>>;
  props: PayToActivateProps;
}) {
  const t = useT();
  const [Body, setBody] = useState<Content | null>(() => loader.loaded);
  const [clicked, setClicked] = useState<null | { readonly focused: boolean }>(null);
  const focused = useRef(false);
  const { number, checkout, checkoutId } = props;
  const fetchBody = () => {
    if (Body !== null) return;
    loader.preload().then(
      (component) => setBody(() => component),
      // A failed chunk load is retried on the next hover, focus or click.
      () => loader.forget(),
    );
  };
  const needsBodyNow = checkout === 'popup' || checkoutId !== undefined;
  useEffect(() => {
    if (needsBodyNow || session()?.getItem(storageKey(number.id)) != null) fetchBody();
  });

  if (Body !== null) return <Body {...props} clicked={clicked} />;
  if (number.state !== 'pending_payment') return null;
  const price = number.assignedTo?.monthlyPrice;
  return (
    <div className="plankit plankit-pay" data-slot="pay-to-activate" data-state="idle">
      <div className="plankit-pay-row">
        <Badge variant="warning" data-slot="number-state" data-state="pending_payment">
          {t('number.state.pending_payment')}
        </Badge>
        <span className="plankit-pay-hint">{price ? t('payToActivate.hint', { price }) : null}</span>
        <Button
          variant="primary"
          pending={clicked !== null}
          onPointerEnter={fetchBody}
          onFocus={() => {
            focused.current = true;
            fetchBody();
          }}
          onBlur={() => {
            focused.current = false;
          }}
          onClick={() => {
            setClicked((already) => already ?? { focused: focused.current });
            fetchBody();
          }}
        >
          {t('payToActivate.payNow')}
        </Button>
      </div>
      <LiveRegion message="" />
    </div>
  );
}

/**
 * {@link PayToActivateProps}: the drop-in PayToActivate. A pending number's badge, price and Pay Now
 * render at once (also on the server); the code that runs checkout loads on Pay Now's hover or
 * focus. `PayToActivate.preload()` fetches it ahead.
 */
export function PayToActivate(props: PayToActivateProps) {
  return <LazyPayToActivate loader={body} props={props} />;
}
/** Fetches the body ahead of the first Pay Now. */
PayToActivate.preload = (): Promise<void> => body.preload().then(() => undefined);
