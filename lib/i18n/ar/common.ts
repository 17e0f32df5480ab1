import type { Dictionary } from '../dictionary';

export const common: Dictionary['common'] = {
  brand: 'مركز التكاملات',
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  none: '—',
  dubaiTime: 'تُعرض الأوقات بتوقيت دبي (GST).',
  sessionExpired: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  signIn: 'تسجيل الدخول',
  loadFailed: 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى، وإذا تكرر ذلك فتواصل مع الدعم.',
  verdicts: {
    healthy: 'HTTP {status} خلال {ms} ملّي ثانية',
    slow: 'بطيء: جاء الرد خلال {ms} ملّي ثانية',
    rate_limited: 'يحدّ المزوّد من معدل طلبات هذا الاتصال (HTTP 429)',
    server_error: 'أخفق المزوّد (HTTP {status})',
    unexpected_status: 'رد غير متوقع (HTTP {status})',
    auth: 'رفض المزوّد بيانات الاعتماد (HTTP {status}): تحقّق منها',
    timeout: 'لا رد خلال {s} ثانية',
    connection: 'تعذّر الاتصال بالمزوّد',
    credentials_missing: 'بيانات الاعتماد غير مكتملة',
    refused: 'رفضته قواعد الاتصال الصادر',
  } as Record<string, string>,
  functionErrors: {
    bad_request: 'الطلب غير صالح',
    unauthorized: 'يلزم تسجيل الدخول من جديد',
    forbidden: 'ليست لديك صلاحية هذا الإجراء',
    not_found: 'العنصر غير موجود',
    method_not_allowed: 'الإجراء غير مدعوم',
    conflict: 'لا يمكن تنفيذ ذلك في الحالة الحالية',
    gone: 'لم يعد هذا متاحاً',
    payload_too_large: 'البيانات المرسلة أكبر من المسموح',
    provider_refused: 'رفض المزوّد الطلب',
    rate_limited: 'تم بلوغ حد المعدل؛ حاول لاحقاً',
    internal: 'حدث خطأ من جهتنا',
    provider_failed: 'تعذّر الوصول إلى المزوّد',
    unavailable: 'الخدمة غير متاحة مؤقتاً',
    provider_timeout: 'لم يردّ المزوّد في الوقت المحدد',
  } as Record<string, string>,
  locale: { switchTo: 'English', switchLabel: 'التبديل إلى اللغة الإنجليزية' },
};

export const nav: Dictionary['nav'] = {
  section: 'التكاملات وواجهات البرمجة',
  links: {
    '/integrations': 'مركز التكاملات',
    '/integrations/setup': 'معالج الإعداد',
    '/integrations/logs': 'سجلات الواجهة البرمجية',
    '/integrations/webhooks': 'خطافات الويب',
    '/integrations/analytics': 'التحليلات',
    '/integrations/payments': 'المدفوعات',
    '/integrations/api-keys': 'مفاتيح الواجهة البرمجية',
    '/integrations/notifications': 'الإشعارات',
  },
  notificationsUnread: 'الإشعارات، {count} غير مقروءة',
};

export const account: Dictionary['account'] = {
  label: 'الحساب المسجّل',
  role: 'الدور:',
  roles: { viewer: 'مشاهد', admin: 'مسؤول', super_admin: 'مسؤول أعلى' },
  signOut: 'تسجيل الخروج',
};
