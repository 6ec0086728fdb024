import { billingDe } from './billing.de';
import type { Messages } from './en';
import { numbersDe } from './numbers.de';
import { subscriptionDe } from './subscription.de';

/** German catalog, complete. Import from `@plankit/ui/messages/de` and pass to `PlankitUIProvider`. */
export const de: Messages = {
  'common.close': 'Schließen',
  'common.cancel': 'Abbrechen',
  'common.retry': 'Erneut versuchen',
  'common.done': 'Fertig',
  'common.loading': 'Wird geladen…',
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange gebraucht. Versuchen Sie es gleich noch einmal.',
  'error.unexpected':
    'Bei uns ist etwas schiefgegangen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Support.',

  'plan.price': '{price}{period}',
  'interval.day': '{count, plural, one {Täglich} other {#× täglich}}',
  'interval.week': '{count, plural, one {Wöchentlich} other {#× wöchentlich}}',
  'interval.month': '{count, plural, one {Monatlich} other {#× monatlich}}',
  'interval.year': '{count, plural, one {Jährlich} other {#× jährlich}}',
  'interval.short.day': '{count, plural, one {/Tag} other {/# Tage}}',
  'interval.short.week': '{count, plural, one {/Woche} other {/# Wochen}}',
  'interval.short.month': '{count, plural, one {/Monat} other {/# Monate}}',
  'interval.short.year': '{count, plural, one {/Jahr} other {/# Jahre}}',
  'plan.badge.recurring.day': 'Wiederkehrend · {price}{count, plural, one {/Tag} other {/# Tage}}',
  'plan.badge.recurring.week': 'Wiederkehrend · {price}{count, plural, one {/Woche} other {/# Wochen}}',
  'plan.badge.recurring.month': 'Wiederkehrend · {price}{count, plural, one {/Monat} other {/# Monate}}',
  'plan.badge.recurring.year': 'Wiederkehrend · {price}{count, plural, one {/Jahr} other {/# Jahre}}',
  'plan.badge.recurring.off': 'Wiederkehrend · Aus',
  'plan.badge.usage.on': 'Nutzung · {rate}/Min.',
  'plan.badge.usage.off': 'Nutzung · Aus',
  'plan.badge.add_on_packs.on': 'Zusatzpakete · An',
  'plan.badge.add_on_packs.off': 'Zusatzpakete · Aus',
  'plan.badge.chat': '1 Min. = {chatsPerMinute, plural, one {# Chat} other {# Chats}}',
  'plan.badge.included_minutes': '{minutes, plural, one {# Minute} other {# Minuten}} inklusive',
  'plan.priceOff': 'Keine wiederkehrende Gebühr',
  'plan.current': '(aktuell)',
  'plan.contactSales': 'Vertrieb kontaktieren',
  'plan.paymentType.stripe': 'Karte (Stripe)',
  'plan.paymentType.offline': 'Offline',

  'resource.agents': 'Agenten',
  'resource.teamMembers': 'Teammitglieder',
  'resource.concurrentCalls': 'Gleichzeitige Anrufe',
  'resource.knowledgeBaseMb': 'Wissensdatenbank (MB)',
  'resource.phoneNumbers': 'Telefonnummern',

  'status.active': 'aktiv',
  'status.trialing': 'in der Testphase',
  'status.past_due': 'überfällig',
  'status.unpaid': 'unbezahlt',
  'status.incomplete': 'unvollständig',
  'status.incomplete_expired': 'unvollständig (abgelaufen)',
  'status.paused': 'pausiert',
  'status.canceled': 'gekündigt',

  'numberEvent.assign': 'Zuweisen',
  'numberEvent.activate': 'Aktivieren',
  'numberEvent.release': 'Freigeben',
  'numberEvent.unassign': 'Zuweisung aufheben',
  'numberEvent.period_end': 'Ende des Zeitraums',
  'numberEvent.link_agent': 'Agent verknüpfen',
  'numberEvent.unlink_agent': 'Agent trennen',

  'changePlan.trigger': 'Tarif ändern',
  'changePlan.title': 'Tarif ändern',
  'changePlan.description':
    'Wählen Sie einen neuen Tarif für {subAccount} und prüfen Sie die Kosten, bevor Sie bestätigen.',
  'changePlan.currentPlan': 'Aktueller Tarif',
  'changePlan.noPlan': 'Kein Tarif (kostenlos)',
  'changePlan.newPlan': 'Neuer Tarif',
  'changePlan.loading': 'Tarife werden geladen…',
  'changePlan.previewing': 'Die Auswirkungen auf die Abrechnung werden berechnet…',
  'changePlan.when': 'Wann',
  'changePlan.when.now': 'Sofort',
  'changePlan.when.periodEnd': 'Zur nächsten Verlängerung',
  'changePlan.pickPlan': 'Wählen Sie einen Tarif, um die Kosten zu sehen.',
  'changePlan.confirm': 'Bestätigen',
  'changePlan.confirming': 'Tarif wird geändert…',
  'changePlan.contactSales': 'Vertrieb kontaktieren',
  'changePlan.contactSalesHint':
    'Änderungen zu {plan} laufen über den Vertrieb. Kontaktieren Sie den Vertrieb, um die Konditionen zu vereinbaren.',
  'changePlan.quoteExpired':
    'Das Angebot ist abgelaufen oder das Abonnement hat sich geändert. Prüfen Sie die neuen Beträge und bestätigen Sie erneut.',
  'changePlan.loadError': 'Die Tarife konnten nicht geladen werden.',
  'changePlan.previewError': 'Die Auswirkungen auf die Abrechnung konnten nicht berechnet werden.',
  'changePlan.submitError': 'Der Tarif wurde nicht geändert.',
  'changePlan.success.now': 'Der Tarif ist jetzt {plan}.',
  'changePlan.success.scheduled': 'Der Tarif wechselt am {date} zu {plan}.',
  'changePlan.success.charged': '{amount} wurden berechnet.',
  'changePlan.success.credit': '{amount} wurden dem Guthaben gutgeschrieben.',
  'changePlan.success.minutes': '{count, plural, one {# Minute wurde} other {# Minuten wurden}} hinzugefügt.',
  'changePlan.success.paymentRequest': 'Eine Zahlungsanforderung über {amount} wurde erstellt.',
  'changePlan.success.invoice': 'Rechnung ansehen',
  'changePlan.unavailable': 'Der Tarifwechsel ist nicht verfügbar.',

  'impact.heading': 'Auswirkung auf die Abrechnung',
  'impact.dueNow': 'Jetzt fällig',
  'impact.credit': 'Gutschrift auf das Guthaben',
  'impact.minutesGranted': 'Jetzt hinzugefügte Minuten',
  'impact.effective': 'Wirksam',
  'impact.effectiveNow': 'Sofort',
  'impact.newRenewal': 'Nächste Verlängerung',
  'impact.prorationHeading': 'So wird der Betrag berechnet',
  'impact.overLimitHeading': 'Über den Limits des neuen Tarifs',
  'impact.overLimitRow': '{resource}: {usage} in Gebrauch, Limit {cap}',
  'impact.overLimitWarn':
    'Das Unterkonto kann keine neuen Ressourcen dieser Arten hinzufügen, bis die Nutzung wieder unter den Limits liegt.',
  'impact.blockedHeading': 'Diese Änderung ist noch nicht möglich',

  'scheduled.banner': 'Wechselt am {date} zu {plan}.',
  'scheduled.cancel': 'Geplante Änderung stornieren',
  'scheduled.cancelled': 'Die geplante Änderung zu {plan} wurde storniert.',

  'reason.not_agency_member': 'Nur Mitglieder der Agentur können das ändern. Bitten Sie ein Agenturmitglied darum.',
  'reason.feature_disabled':
    'Tarifwechsel sind für diese Agentur nicht aktiviert. Wenden Sie sich an den Support, um sie zu aktivieren.',
  'reason.sub_account_blocked':
    'Das Unterkonto ist gesperrt. Entsperren Sie zuerst das Unterkonto und ändern Sie dann den Tarif.',
  'reason.not_created_by_agency':
    'Dieses Unterkonto wurde nicht von Ihrer Agentur angelegt, daher kann sein Tarif hier nicht geändert werden. Bitten Sie das Unterkonto, ihn selbst zu ändern.',
  'reason.subscription_not_changeable':
    'Das Abonnement ist {status} und kann jetzt nicht geändert werden. Warten Sie, bis es wieder aktiv ist, oder starten Sie ein neues Abonnement.',
  'reason.open_invoice':
    'Das Unterkonto hat eine offene Rechnung. Lassen Sie die Rechnung bezahlen und versuchen Sie es dann erneut.',
  'reason.plan_not_active':
    '{plan} ist kein aktiver Tarif. Aktivieren Sie ihn im Tarifkatalog oder wählen Sie einen aktiven Tarif.',
  'reason.same_plan': 'Das ist der aktuelle Tarif. Wählen Sie einen anderen Tarif.',
  'reason.payment_type_mismatch':
    'Ein Wechsel zwischen Offline- und Online-Tarifen ist nicht möglich. Wählen Sie einen Tarif mit der aktuellen Zahlungsart des Unterkontos.',
  'reason.currency_mismatch':
    'Dieser Tarif wird in einer anderen Währung abgerechnet. Wählen Sie einen Tarif in der Währung des Unterkontos.',
  'reason.payment_method_required':
    'Für das Unterkonto ist keine Zahlungsmethode hinterlegt. Fügen Sie eine Zahlungsmethode hinzu und versuchen Sie es erneut.',
  'reason.cancel_now_not_allowed':
    'Dieses Abonnement kann nur zum Ende des bezahlten Zeitraums gekündigt werden. Kündigen Sie stattdessen zum Periodenende.',
  'reason.card_declined':
    'Die Karte des Unterkontos wurde abgelehnt, es wurde nichts geändert. Bitten Sie das Unterkonto, die Karte zu aktualisieren oder eine andere zu verwenden, und versuchen Sie es dann erneut.',
  'reason.over_limit':
    '{resource}: {usage} in Gebrauch, der neue Tarif erlaubt {cap}. Senken Sie die Nutzung unter das Limit und versuchen Sie es erneut, oder wählen Sie einen größeren Tarif.',
  'reason.contact_sales':
    'Änderungen zu {plan} laufen über den Vertrieb. Kontaktieren Sie den Vertrieb für diese Änderung.',
  'reason.quote_expired':
    'Das Angebot ist abgelaufen oder das Abonnement hat sich geändert. Prüfen Sie die neuen Beträge und bestätigen Sie erneut.',
  'reason.insufficient_agency_credit':
    'Diese Änderung benötigt {required} Agenturguthaben, der Pool enthält aber nur {available}. Laden Sie das Agenturguthaben auf und versuchen Sie es erneut.',
  'reason.number_not_unassigned':
    'Diese Nummer ist bereits zugewiesen. Heben Sie die Zuweisung zuerst auf oder wählen Sie eine andere Nummer.',
  'reason.number_linked_to_agent':
    'Die Nummer ist mit einem Agenten verknüpft. Lösen Sie die Nummer vom Agenten und versuchen Sie es erneut.',
  'reason.user_not_approved':
    'Dieser Benutzer ist noch nicht freigegeben. Geben Sie den Benutzer frei und versuchen Sie es erneut.',
  'reason.user_subscription_inactive':
    'Das Unterkonto des Benutzers hat kein aktives Abonnement. Starten Sie ein Abonnement und versuchen Sie es erneut.',
  'reason.illegal_transition':
    'Eine Nummer im Zustand {from} erlaubt die Aktion {event} nicht. Laden Sie neu, um den aktuellen Zustand zu sehen, und versuchen Sie es erneut.',
  'reason.seats_not_sold':
    'Dieser Plan verkauft keine zusätzlichen Plätze. Wählen Sie einen Plan mit Plätzen, oder bleiben Sie bei den enthaltenen Plätzen.',
  'reason.seats_below_included':
    'Ein Abonnement behält mindestens die {included} Plätze, die sein Plan enthält. Wählen Sie {included} Plätze oder mehr.',
  'reason.packs_not_allowed':
    '{plan} erlaubt keine Zusatzpakete. Schalten Sie Zusatzpakete für den Plan ein, oder wechseln Sie zu einem Plan, der sie erlaubt.',
  'reason.no_change': 'Das hat das Abonnement bereits. Wählen Sie eine andere Menge oder ein anderes Add-on.',
  'reason.not_found': 'Dieses Element existiert nicht mehr oder ist für Sie nicht sichtbar. Laden Sie die Seite neu.',

  'change_plan.line.unused_days':
    'Nicht genutzte Zeit für {plan}, {units} von {totalUnits, plural, one {# Tag} other {# Tagen}} × {price}',
  'change_plan.line.unused_hours':
    'Nicht genutzte Zeit für {plan}, {units} von {totalUnits, plural, one {# Stunde} other {# Stunden}} × {price}',
  'change_plan.line.unused_minutes':
    'Nicht genutzte Zeit für {plan}, {units} von {totalUnits, plural, one {# Minute} other {# Minuten}} × {price}',
  'change_plan.line.unused_seconds':
    'Nicht genutzte Zeit für {plan}, {units} von {totalUnits, plural, one {# Sekunde} other {# Sekunden}} × {price}',
  'change_plan.line.remaining_days':
    'Verbleibende Zeit für {plan}, {units} von {totalUnits, plural, one {# Tag} other {# Tagen}} × {price}',
  'change_plan.line.remaining_hours':
    'Verbleibende Zeit für {plan}, {units} von {totalUnits, plural, one {# Stunde} other {# Stunden}} × {price}',
  'change_plan.line.remaining_minutes':
    'Verbleibende Zeit für {plan}, {units} von {totalUnits, plural, one {# Minute} other {# Minuten}} × {price}',
  'change_plan.line.remaining_seconds':
    'Verbleibende Zeit für {plan}, {units} von {totalUnits, plural, one {# Sekunde} other {# Sekunden}} × {price}',
  'change_plan.line.new_period': '{plan} vom {start} bis {end}',
  'invoice.line.period_fee': '{plan} vom {start} bis {end}',
  'invoice.line.usage': '{minutes, plural, one {# Minute} other {# Minuten}} über den Inklusivminuten × {rate}/Min.',
  'invoice.line.credit_applied': 'Angerechnetes Guthaben',
  'items.line.seats.unused':
    'Nicht genutzte Zeit für {quantity, plural, one {# zusätzlichen Platz} other {# zusätzliche Plätze}} × {unit} nach dem {date}',
  'items.line.seats.remaining':
    'Verbleibende Zeit für {quantity, plural, one {# zusätzlichen Platz} other {# zusätzliche Plätze}} × {unit} nach dem {date}',
  'items.line.add_on.unused': 'Nicht genutzte Zeit für {addOn} nach dem {date}',
  'items.line.add_on.remaining': 'Verbleibende Zeit für {addOn} nach dem {date}',
  'items.line.pack': '{pack} (einmalig, nicht erstattbar)',
  'change_plan.summary.new_subscription':
    'Startet jetzt ein neues Abonnement für {plan}; der erste Zeitraum läuft vom {start} bis {end}.',
  'change_plan.summary.charge_now': '{amount} werden jetzt berechnet und eine Rechnung wird gesendet.',
  'change_plan.summary.nothing_due': 'Jetzt ist nichts fällig.',
  'change_plan.summary.payment_request':
    'Für den Zeitraum ab {start} wird eine Zahlungsanforderung über {amount} erstellt; sie ist am {date} fällig.',
  'change_plan.summary.minutes_granted': '{minutes} Inklusivminuten werden jetzt hinzugefügt.',
  'change_plan.summary.minutes_carried':
    '{minutes} ungenutzte Inklusivminuten des aktuellen Zeitraums werden übernommen.',
  'change_plan.summary.credit_from_pool':
    '{amount} werden vom Guthaben der Agentur auf das Guthaben des Unterkontos übertragen.',
  'change_plan.summary.credit_balance':
    '{amount} werden dem Guthaben des Unterkontos gutgeschrieben; auf die Karte wird nichts erstattet.',
  'change_plan.summary.no_credit': 'Es wird keine Gutschrift erteilt.',
  'change_plan.summary.applies_now': 'Wechselt jetzt zu {plan}; dessen Limits gelten sofort.',
  'change_plan.summary.scheduled': 'Wechselt am {date} zu {plan}.',
  'change_plan.summary.keeps_current':
    'Behält {plan}, den Zugang und die ungenutzten Minuten bis zum {date}. Es wird nichts erstattet.',
  'change_plan.summary.renewal_moves': 'Das Verlängerungsdatum verschiebt sich auf den {date}.',
  'change_plan.summary.trial_kept': 'Die Testphase endet weiterhin am {date}.',
  'change_plan.summary.replaces_scheduled': 'Ersetzt den für den {date} geplanten Wechsel zu {plan}.',
  'change_plan.summary.over_limit':
    '{resource}: {usage} in Gebrauch, {plan} erlaubt {cap}. Bis die Nutzung wieder unter dem Limit liegt, kann nichts Neues hinzugefügt werden.',
  'change_plan.summary.contact_sales': 'Änderungen zu {plan} laufen über den Vertrieb.',
  'change_plan.empty.no_active_plans':
    'Es gibt keine anderen aktiven Tarife im Katalog. Aktivieren Sie einen Tarif und versuchen Sie es erneut.',
  'change_plan.empty.no_plans_of_payment_type':
    'Kein anderer aktiver Tarif nutzt die Zahlungsart und Währung dieses Unterkontos. Legen Sie einen an oder aktivieren Sie einen, und versuchen Sie es erneut.',
  ...numbersDe,
  ...subscriptionDe,
  ...billingDe,
};
