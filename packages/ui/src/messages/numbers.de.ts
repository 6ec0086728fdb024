import type { NumbersMessageKey } from './numbers.en';

// German for the phone-number components. Merged into the `de` catalog.
export const numbersDe: Readonly<Record<NumbersMessageKey, string>> = {
  'number.capability.voice': 'Sprache',
  'number.capability.sms': 'SMS',
  'number.state.unassigned': 'Nicht zugewiesen',
  'number.state.pending_payment': 'Zahlung ausstehend',
  'number.state.active': 'Aktiv',
  'number.state.releasing': 'Wird freigegeben',
  'number.perMonth': '{price}/Monat',
  'number.use.agents': 'Agenten',
  'number.use.campaigns': 'Kampagnen',
  'number.use.workflows': 'Workflows',
  'number.use.none': 'Kein Agent, keine Kampagne und kein Workflow nutzt diese Nummer.',

  'assignNumber.trigger': 'Zuweisen',
  'assignNumber.title': 'Telefonnummer zuweisen',
  'assignNumber.description':
    'Wählen Sie den Benutzer des Unterkontos, dem diese Nummer gehören soll. Er aktiviert sie, indem er bezahlt.',
  'assignNumber.number': 'Nummer',
  'assignNumber.userLabel': 'Benutzer des Unterkontos',
  'assignNumber.userPlaceholder': 'Nach Name, E-Mail oder Unterkonto suchen',
  'assignNumber.userHint':
    'Aufgeführt sind nur freigegebene Benutzer, deren Unterkonto einen aktiven Tarif und eine Zahlungsmethode hat.',
  'assignNumber.searching': 'Benutzer werden gesucht…',
  'assignNumber.results':
    '{count, plural, =0 {Keine Benutzer gefunden} one {# Benutzer gefunden} other {# Benutzer gefunden}}',
  'assignNumber.showing': '{shown} von {total} angezeigt. Tippen Sie weiter, um die Liste einzugrenzen.',
  'assignNumber.loadingMore': 'Weitere Benutzer werden geladen…',
  'assignNumber.noMatch':
    'Kein berechtigter Benutzer passt zu „{query}“. Prüfen Sie die Schreibweise, oder geben Sie den Benutzer frei und prüfen Sie, ob sein Tarif aktiv ist.',
  'assignNumber.noneEligible':
    'Noch kann kein Benutzer eine Nummer erhalten. Geben Sie den Benutzer frei, prüfen Sie, ob sein Tarif aktiv ist und eine Zahlungsmethode hinterlegt ist, und versuchen Sie es erneut.',
  'assignNumber.priceHeading': 'Monatspreis für {user}',
  'assignNumber.priceTelco': 'Telefonie-Kosten',
  'assignNumber.pricePlan': 'Nummernpreis (aus dem Tarif)',
  'assignNumber.priceTotal': 'Monatlich zu zahlen',
  'assignNumber.pickUser': 'Wählen Sie einen Benutzer, um seinen Monatspreis zu sehen.',
  'assignNumber.confirm': 'Zuweisen',
  'assignNumber.notAssignable': 'Diese Nummer kann noch nicht zugewiesen werden',
  'assignNumber.refused': 'Die Nummer wurde nicht zugewiesen',
  'assignNumber.loadError': 'Die Benutzer konnten nicht geladen werden.',
  'assignNumber.success':
    '{number} ist für {user} zu {price}/Monat reserviert. Der Benutzer wurde benachrichtigt und aktiviert die Nummer, indem er auf seiner Seite „Telefonnummern“ bezahlt.',
  'assignNumber.reason.currency_mismatch':
    'Diese Nummer wird in {numberCurrency} abgerechnet, der Tarif des Benutzers in {planCurrency}. Wählen Sie eine Nummer in {planCurrency} oder stellen Sie das Unterkonto auf einen Tarif in {numberCurrency} um, und versuchen Sie es erneut.',
  'assignNumber.reason.payment_method_required':
    'Für das Unterkonto des Benutzers ist keine Zahlungsmethode hinterlegt. Bitten Sie ihn, eine Karte hinzuzufügen, und versuchen Sie es erneut.',

  'unassignNumber.trigger': 'Zuweisung aufheben',
  'unassignNumber.title': 'Zuweisung von {number} aufheben?',
  'unassignNumber.description':
    'Die Nummer kommt sofort als „Nicht zugewiesen“ in Ihren Pool zurück. Der Benutzer wird benachrichtigt; sein Abonnement für die Nummer endet ohne Erstattung.',
  'unassignNumber.assignee': 'Zugewiesen an {user} ({subAccount})',
  'unassignNumber.stopsHeading': 'Funktioniert ab sofort nicht mehr',
  'unassignNumber.confirm': 'Jetzt aufheben',
  'unassignNumber.refused': 'Die Zuweisung wurde nicht aufgehoben',
  'unassignNumber.success': '{number} ist wieder als „Nicht zugewiesen“ in Ihrem Pool.',

  'releaseNumber.trigger': 'Freigeben',
  'releaseNumber.title': '{number} freigeben?',
  'releaseNumber.description':
    'Sie können die Nummer bis zum {date} nutzen, dem Ende des bezahlten Monats. Für den Rest des Monats gibt es keine Erstattung.',
  'releaseNumber.stopsHeading': 'Funktioniert ab {date} nicht mehr',
  'releaseNumber.confirm': 'Zum Periodenende freigeben',
  'releaseNumber.refused': 'Die Nummer wurde nicht freigegeben',
  'releaseNumber.success': '{number} wird am {date} freigegeben. Bis dahin funktioniert sie.',

  'payToActivate.hint': 'Für Sie reserviert. Zahlen Sie {price}/Monat, um sie zu aktivieren.',
  'payToActivate.payNow': 'Jetzt bezahlen',
  'payToActivate.payAgain': 'Erneut bezahlen',
  'payToActivate.checkAgain': 'Erneut prüfen',
  'payToActivate.waiting': 'Die Zahlung wird bestätigt…',
  'payToActivate.popupOpen': 'Schließen Sie die Zahlung im Bezahlfenster ab. Diese Anzeige aktualisiert sich danach.',
  'payToActivate.activated': '{number} ist aktiv. Sie zahlen {price} jeden Monat an diesem Tag.',
  'payToActivate.declined':
    'Die Karte wurde abgelehnt, die Nummer ist weiterhin ausstehend. Hinterlegen oder aktualisieren Sie Ihre Karte im Bezahlvorgang und zahlen Sie erneut.',
  'payToActivate.expired':
    'Der Bezahlvorgang ist abgelaufen, bevor bezahlt wurde. Zahlen Sie erneut, um die Nummer zu aktivieren.',
  'payToActivate.gaveUp':
    'Die Zahlung ist noch nicht bestätigt. Wenn Sie bezahlt haben, prüfen Sie in einer Minute erneut; andernfalls zahlen Sie erneut.',
  'payToActivate.popupBlocked':
    'Das Bezahlfenster wurde blockiert. Erlauben Sie Pop-ups für diese Seite und zahlen Sie erneut.',
  'payToActivate.startError': 'Der Bezahlvorgang konnte nicht gestartet werden',
};
