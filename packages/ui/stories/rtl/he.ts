import type { MessageOverrides } from '../../src/messages/en';

/**
 * Hebrew for the change-plan flow, to review the kit right to left. A story fixture, not a shipped
 * catalog: keys it leaves out fall back to English.
 */
export const he: MessageOverrides = {
  'common.close': 'סגירה',
  'common.cancel': 'ביטול',
  'common.retry': 'ניסיון חוזר',
  'common.done': 'סיום',
  'common.loading': 'טוען…',
  'plan.current': '(נוכחית)',
  'plan.contactSales': 'פנייה למכירות',
  'changePlan.trigger': 'שינוי תוכנית',
  'changePlan.title': 'שינוי תוכנית',
  'changePlan.description': 'בחרו תוכנית חדשה עבור {subAccount} ובדקו את העלות לפני האישור.',
  'changePlan.currentPlan': 'התוכנית הנוכחית',
  'changePlan.newPlan': 'תוכנית חדשה',
  'changePlan.loading': 'טוען תוכניות…',
  'changePlan.previewing': 'מחשב את ההשפעה על החיוב…',
  'changePlan.when': 'מתי',
  'changePlan.when.now': 'עכשיו',
  'changePlan.when.periodEnd': 'בחידוש הבא',
  'changePlan.confirm': 'אישור',
  'changePlan.confirming': 'משנה תוכנית…',
  'changePlan.contactSales': 'פנייה למכירות',
  'changePlan.success.now': 'התוכנית היא עכשיו {plan}.',
  'changePlan.success.charged': 'חויבו {amount}.',
  'impact.heading': 'השפעה על החיוב',
  'impact.dueNow': 'לתשלום עכשיו',
  'impact.effective': 'נכנס לתוקף',
  'impact.effectiveNow': 'עכשיו',
  'impact.newRenewal': 'החידוש הבא',
  'impact.prorationHeading': 'איך הסכום מחושב',
};
