import type { Dictionary } from '../dictionary';

export const analytics: Dictionary['analytics'] = {
  title: 'التحليلات',
  subtitle: 'الاستدعاءات عبر الوكيل لـ {org}، من التجميعات الساعية.',
  ranges: { week: 'أسبوع', month: 'شهر', quarter: 'ربع سنة', custom: 'مخصص' },
  rangeLabel: 'الفترة',
  from: 'من',
  to: 'إلى',
  apply: 'تطبيق',
  cards: {
    requests: 'الطلبات',
    successful: 'الناجحة',
    failed: 'الفاشلة',
    average: 'متوسط الاستجابة',
    p95: 'الاستجابة (المئين 95)',
    successRate: 'نسبة النجاح',
    errorRate: 'نسبة الأخطاء',
  },
  charts: {
    volume: 'حجم الطلبات',
    responseTime: 'اتجاه زمن الاستجابة',
    average: 'المتوسط',
    p95: 'المئين 95',
    providers: 'التوزيع حسب المزوّد',
    rates: 'نسب النجاح والأخطاء',
    successful: 'الناجحة',
    failed: 'الفاشلة',
  },
  live: 'يتم التحديث كل 60 ثانية',
  updated: 'آخر تحديث {time}',
  empty: { title: 'لا توجد استدعاءات في هذه الفترة', hint: 'تظهر الاستدعاءات عبر الوكيل هنا خلال ساعة.' },
  loadFailed: 'تعذّر تحميل التحليلات',
};
