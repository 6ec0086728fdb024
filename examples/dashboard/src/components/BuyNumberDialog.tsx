// Buy Number: country, area code and capabilities; the telco cost is charged to the agency.

import { useBuyNumber } from '@plankit/sdk/react';
import { Button, Dialog, DialogClose, DialogContent, formatPhoneNumber } from '@plankit/ui';
import { useId, useState } from 'react';

export function BuyNumberDialog() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [areaCode, setAreaCode] = useState('415');
  const [voice, setVoice] = useState(true);
  const [sms, setSms] = useState(true);
  const buy = useBuyNumber();
  const request = {
    country: 'US',
    areaCode,
    capabilities: [...(voice ? (['voice'] as const) : []), ...(sms ? (['sms'] as const) : [])],
  };
  const valid = /^\d{3}$/.test(areaCode) && (voice || sms);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) buy.reset();
      }}
    >
      <Button variant="primary" onClick={() => setOpen(true)}>
        Buy Number
      </Button>
      <DialogContent
        title="Buy a phone number"
        description="The first month's telco cost is charged to your agency's card now."
        footer={
          buy.isSuccess ? (
            <DialogClose asChild>
              <Button variant="primary">Done</Button>
            </DialogClose>
          ) : (
            <>
              <DialogClose asChild>
                <Button>Cancel</Button>
              </DialogClose>
              <Button variant="primary" disabled={!valid} pending={buy.isPending} onClick={() => buy.mutate(request)}>
                Buy number
              </Button>
            </>
          )
        }
      >
        {buy.isSuccess ? (
          <p role="status">Bought {formatPhoneNumber(buy.data.e164)}. It is in your pool as Unassigned.</p>
        ) : (
          <div className="form-grid buy-number">
            <label htmlFor={`${id}-country`}>Country</label>
            <select id={`${id}-country`} disabled value="US">
              <option value="US">United States (+1)</option>
            </select>
            <label htmlFor={`${id}-area`}>Area code</label>
            <input
              id={`${id}-area`}
              inputMode="numeric"
              maxLength={3}
              value={areaCode}
              onChange={(event) => setAreaCode(event.target.value.replace(/\D/g, ''))}
            />
            <fieldset className="checks">
              <legend>Capabilities</legend>
              <label>
                <input type="checkbox" checked={voice} onChange={(event) => setVoice(event.target.checked)} /> Voice
              </label>
              <label>
                <input type="checkbox" checked={sms} onChange={(event) => setSms(event.target.checked)} /> SMS
              </label>
            </fieldset>
            {buy.isError ? (
              <p role="alert" className="error-text">
                {buy.error.message}
              </p>
            ) : null}
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
