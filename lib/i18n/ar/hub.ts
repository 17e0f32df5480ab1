import type { Dictionary } from '../dictionary';

export const hub: Dictionary['hub'] = {
  lastHealthCheck: 'آخر فحص للحالة',
  never: 'لم يُفحص بعد',
  testNow: 'افحص الآن',
  testing: 'جارٍ الفحص…',
  environment: { production: 'الإنتاج', sandbox: 'بيئة الاختبار', label: 'البيئة: {value}' },
  status: { pending: 'قيد الانتظار', active: 'نشط', error: 'خطأ', disabled: 'معطّل', label: 'الحالة: {value}' },
  health: { healthy: 'سليم', degraded: 'متراجع', down: 'متوقف', unknown: 'غير معروف', label: 'السلامة: {value}' },
  categories: { payment: 'المدفوعات', shipping: 'الشحن', social: 'وسائل التواصل الاجتماعي', messaging: 'التسويق والمراسلة' },
  empty: {
    title: 'لا توجد اتصالات بعد',
    admin: 'لا توجد اتصالات بعد — استخدم معالج الإعداد لربط مزوّد دفع أو شحن أو تواصل اجتماعي أو مراسلة.',
    viewer: 'لا توجد اتصالات بعد — يمكن لمسؤول في مؤسستك استخدام معالج الإعداد لربط مزوّد.',
    action: 'افتح معالج الإعداد',
  },
};
