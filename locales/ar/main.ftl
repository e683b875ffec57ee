# الترجمة العربية (الفصحى المبسّطة). المرجع لكل مفتاح هو الملف الإنجليزي.

site-name = convene
skip-to-content = الانتقال إلى المحتوى
nav-now = الآن وما يلي
nav-program = البرنامج
nav-main = القائمة الرئيسية
language-switch = لغة الصفحات
language-group-consultation = لغات هذه المشاورة
language-group-all = جميع اللغات
filter-language = لغة النصوص
filter-all-languages = جميع اللغات
demo-banner = بيانات تجريبية: بُنيت هذه المشاورة على جدول أعمال حقيقي، لكن بتواريخ غير حقيقية.
footer-time-zone = الأوقات حسب توقيت { $zone }.

now-title = الآن وما يلي
now-running = يجري الآن
now-next = التالي
now-nothing-running = لا يجري أي شيء في هذه اللحظة.
now-before = تبدأ المشاورة في { $date }.
now-after = انتهت المشاورة. شكرًا على مشاركتكم.
now-see-program = عرض البرنامج كاملًا

program-title = البرنامج
program-days = الأيام
program-day-empty = لا توجد جلسات مقرّرة في هذا اليوم.
program-day-label = اليوم { $number }

session-kind-plenary = جلسة عامة
session-kind-facilitated-discussion = نقاش مُيسَّر
session-kind-open-space = المساحة المفتوحة
session-kind-break = استراحة
session-kind-other = جلسة

session-when = الموعد
session-where = المكان
session-languages = اللغات
session-interpretation = الترجمة الفورية إلى
session-facilitators = الميسِّرون والميسِّرات
session-speakers = المتحدثون والمتحدثات
session-panelists = أعضاء حلقة النقاش
session-about = عن هذه الجلسة
session-topics = مواضيع المساحة المفتوحة
session-topics-intro = بناءً على الاستبيان، قد تكون هذه المواضيع موضع اهتمام؛ وستُقترح مواضيع أخرى خلال الاجتماع.
session-topic-suggested = مُقترَح مسبقًا
session-topic-proposed = مُقترَح من { $organisation }
session-topic-interested = الجهات المهتمة: { $organisations }
session-back = العودة إلى البرنامج
session-now = يجري الآن
session-more-people = { $count ->
    [one] وشخص آخر
    [two] وشخصان آخران
    [few] و{ $count } أشخاص آخرين
    [many] و{ $count } شخصًا آخر
   *[other] و{ $count } شخص آخر
}

empty-title = لا توجد مشاورة بعد
empty-body = لا توجد على هذا الخادم أي مشاورة بعد. يمكن لفريق التنظيم تحميل النسخة التجريبية بالأمر «convene demo»، أو تشغيل الخادم بالأمر «convene serve --demo».

error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا يوجد أي شيء على هذا العنوان. ربما أُزيلت الصفحة، أو ربما يكون الرابط ناقصًا.
error-internal-title = حدث خطأ ما
error-internal-body = تعذّر على الخادم الردّ على هذا الطلب. يُرجى المحاولة مرة أخرى بعد قليل.
error-cannot-save-title = يتعذّر على الخادم الحفظ في الوقت الحالي
error-home = الذهاب إلى الصفحة الرئيسية


nav-directory = الدليل

directory-title = الدليل
directory-people = الأشخاص
directory-organisations = المنظمات
directory-corridors = ممرات الهجرة
directory-tabs = أقسام الدليل
directory-search = البحث بالاسم
directory-country = البلد
directory-sector = القطاع
directory-language = اللغة
directory-corridor = ممر الهجرة
directory-any = الكل
directory-apply = تصفية
directory-clear = إلغاء التصفية
directory-count-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
directory-count-organisations = { $count ->
    [zero] لا توجد أي منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
directory-none = لا يوجد أي شخص يطابق معايير التصفية هذه.
directory-none-organisations = لا توجد أي منظمة تطابق معايير التصفية هذه.
directory-visibility-organisers = فريق التنظيم فقط
directory-visibility-hidden = مخفيّ
directory-visibility-listed = ظاهر في الدليل
directory-role-organiser = منظِّم/ة
directory-role-facilitator = ميسِّر/ة
directory-role-participant = مشارك/ة

organisation-website = الموقع الإلكتروني
organisation-sectors = القطاعات
organisation-services = الخدمات
organisation-languages = اللغات
organisation-corridors = ممرات الهجرة
organisation-people = الأشخاص
organisation-sessions = جلسات تتحدث فيها
organisation-no-people = لا يظهر في الدليل أي شخص من هذه المنظمة.

corridors-intro = يربط ممر الهجرة بين بلد منشأ وبلد مقصد. ويمكن للمنظمات العاملة على طرفَي الممر نفسه أن تُحيل الأشخاص إلى بعضها بعضًا.
corridors-present = ممرات الهجرة التي تعمل عليها الجهات المشاركة
corridors-count = { $count ->
    [zero] لا توجد أي منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
corridors-origin = من (بلد المنشأ)
corridors-destination = إلى (بلد المقصد)
corridors-show = عرض
corridors-origin-end = في طرف المنشأ، في { $country }
corridors-destination-end = في طرف المقصد، في { $country }
corridors-elsewhere = منظمات أخرى تعمل على هذا الممر أيضًا
corridors-nobody = لا توجد أي منظمة هنا بعد.
corridors-none = لا تعمل أي منظمة من المنظمات المشاركة على هذا الممر.

error-bad-request-title = لا يمكن الردّ على هذا الطلب

import-too-large = الملف كبير جدًا: الحدّ الأقصى لما يمكن استيراده هو { $megabytes } ميغابايت.
import-title = استيراد المشاركين والمشاركات
import-link = استيراد المشاركين والمشاركات من جدول بيانات
import-file = قائمة المشاركين والمشاركات (ملف CSV)
import-submit = استيراد
import-failed = لم يُستورد أي شيء. يُرجى تصحيح هذه الصفوف والمحاولة مرة أخرى:
import-no-file = يُرجى اختيار ملف CSV لاستيراده.
import-done-new = { $count ->
    [zero] لم يُضَف أي شخص جديد،
    [one] أُضيف شخص واحد جديد،
    [two] أُضيف شخصان جديدان،
    [few] أُضيف { $count } أشخاص جدد،
    [many] أُضيف { $count } شخصًا جديدًا،
   *[other] أُضيف { $count } شخص جديد،
}
import-done-updated = { $count ->
    [zero] ولم تُحدَّث بيانات أي شخص،
    [one] وحُدِّثت بيانات شخص واحد،
    [two] وحُدِّثت بيانات شخصين،
    [few] وحُدِّثت بيانات { $count } أشخاص،
    [many] وحُدِّثت بيانات { $count } شخصًا،
   *[other] وحُدِّثت بيانات { $count } شخص،
}
import-done-organisations = { $count ->
    [zero] ولم تُنشأ أي منظمة جديدة.
    [one] وأُنشئت منظمة واحدة.
    [two] وأُنشئت منظمتان.
    [few] وأُنشئت { $count } منظمات.
    [many] وأُنشئت { $count } منظمةً.
   *[other] وأُنشئت { $count } منظمة.
}
import-ignored = أعمدة لم تُقرأ:
import-see = عرض الأشخاص
import-format = صيغة الملف
import-format-body = جدول بيانات محفوظ بصيغة CSV (UTF-8)، تفصل بين خاناته فواصل (,) أو فواصل منقوطة (;). يحمل السطر الأول أسماء الأعمدة، بأي ترتيب؛ والعمود الإلزامي الوحيد هو "name". يُستورد الملف كاملًا أو لا يُستورد منه أي شيء. وعند استيراد الملف نفسه مرة أخرى، تُحدَّث بيانات الأشخاص بدلًا من إضافتهم مرتين.
import-col-name = الاسم الذي يظهر؛ ولا بأس باسم مستعار
import-col-organisation = يُطابَق مع اسم المنظمة أو اختصارها، وإلا تُنشأ منظمة جديدة
import-col-country = رمز ISO 3166 (مثل LB) أو الاسم الإنجليزي للبلد (مثل Lebanon)
import-col-role = organiser (منظِّم/ة) أو facilitator (ميسِّر/ة) أو participant (مشارك/ة، وهي القيمة الافتراضية)
import-col-languages = رموز ISO 639-1 تفصل بينها مسافات أو |، مثل "ar|en"
import-col-email = اختياري؛ يُستخدم للتعرّف على الشخص عند استيراد لاحق
import-col-visibility = listed (ظاهر للمشاركين والمشاركات)، أو organisers (لفريق التنظيم فقط، وهي القيمة الافتراضية)، أو hidden (مخفيّ)

export-title = التنزيلات
export-ical = الاشتراك في تقويمك (iCal)
export-frab-xml = الجدول الزمني لتطبيقات المؤتمرات (frab XML)
export-frab-json = الجدول الزمني بصيغة frab JSON
export-session-ical = إضافة إلى تقويمي
export-people-csv = الأشخاص في جدول بيانات (CSV)
export-organisations-csv = المنظمات في جدول بيانات (CSV)
export-hsds = المنظمات لأدوات الإحالة (Open Referral HSDS، ملف zip)

nav-account = الحساب
signin-title = تسجيل الدخول
signin-intro = هذه المشاورة خاصة. يسجّل المشاركون والمشاركات الدخول بالرابط الشخصي أو رمز QR الذي تسلّموه من فريق التنظيم، مثلًا على بطاقة الاسم.
signin-how = يمكنك فتح رابطك على هذا الجهاز، أو مسح رمز QR الموجود على بطاقة اسمك بكاميرا الهاتف.
signin-confirm = سيتمّ تسجيل دخولك باسم { $name }.
signin-button = تسجيل الدخول
signin-invalid-title = لا يمكن استخدام رابط تسجيل الدخول هذا
signin-invalid-body = ربما استُخدم من قبل، أو استُبدل برابط أحدث، أو انتهت صلاحيته. يُرجى طلب رابط جديد من فريق التنظيم.
account-title = حسابك
account-signed-in-as = لقد سجّلت الدخول باسم { $name }.
account-signout = تسجيل الخروج
account-signout-everywhere = تسجيل الخروج من جميع الأجهزة
account-audit = سجلّ التدقيق لإجراءات فريق التنظيم
audit-title = سجلّ التدقيق
audit-when = متى
audit-who = مَن
audit-what = ماذا
audit-detail = التفاصيل
audit-empty = لم يُسجَّل أي إجراء لفريق التنظيم بعد.
error-forbidden-title = غير متاح لك

invitations-title = الدعوات
invitations-intro = يسجّل كل شخص الدخول برابط شخصي مطبوع على بطاقة اسمه على شكل رمز QR. يعمل الرابط مرة واحدة فقط؛ وإنشاء رابط جديد يُلغي الرابط القديم. لا تظهر الروابط إلا لحظة إنشائها، لذا يُرجى طباعة البطاقات في تلك اللحظة.
invitations-all = إنشاء بطاقات لكل من لم تصله دعوة بعد
invitations-person = الشخص
invitations-status = الحالة
invitations-actions = الإجراءات
invitations-new-link = رابط جديد
invitations-revoke = إلغاء صلاحية الدخول
invitations-signed-in = تمّ تسجيل الدخول
invitations-invited = أُرسلت الدعوة، ولم يُستخدم الرابط بعد
invitations-none = لم تُرسل دعوة
badges-title = بطاقات الأسماء
badges-intro = يُرجى طباعة هذه الصفحة الآن (عدة بطاقات في كل ورقة A4): لا يمكن عرض الروابط مرة أخرى. كل رمز QR يسجّل دخول صاحبه أو صاحبته مرة واحدة فقط.
badges-qr = رمز QR لرابط تسجيل الدخول الشخصي
account-invitations = الدعوات وبطاقات الأسماء
account-saved = تمّ الحفظ.
account-name = اسمك كما يراه الآخرون (لا بأس باسم مستعار)
account-visibility = من يمكنه رؤيتك في الدليل
account-visibility-listed = جميع المشاركين والمشاركات
account-visibility-organisers = فريق التنظيم فقط
account-visibility-hidden = لا أحد (الإخفاء من جميع القوائم)
account-languages = اللغات التي تتحدثها
account-languages-add = أضف لغة
account-languages-hint = أزل العلامة عن لغة لحذفها.
account-save = حفظ بياناتي
account-program-save = حفظ إعداد البرنامج
account-my-data = تنزيل جميع البيانات المحفوظة عنك (JSON)
erase-confirm = متأكد/ة
erase-button = محو
erase-unconfirmed = يُرجى تحديد خانة «متأكد/ة» لتأكيد المحو.
erase-self = لا يمكنك محو بياناتك أثناء تسجيل دخولك؛ يُرجى الطلب من عضو آخر في فريق التنظيم.
quick-exit = خروج سريع
account-program-visibility = البرنامج
account-program-public = يمكن لأي شخص لديه العنوان قراءة البرنامج (الجلسات والمواعيد والمتحدثين والمتحدثات الظاهرين في الدليل). أما الدليل فيتطلّب دائمًا تسجيل الدخول.
error-conflict-title = لا يمكن القيام بذلك في الوقت الحالي
signin-confirm-screen = سيصبح هذا الجهاز الشاشة «{ $name }»: تعرض البرنامج واللوحات، من دون أي بيانات شخصية.
signin-organiser = فريق التنظيم: تسجيل الدخول بكلمة مرور
signin-name = اسمك
signin-password = كلمة المرور
signin-password-refused = هذا الاسم وكلمة المرور لا يطابقان أي عضو في فريق التنظيم. أعضاء فريق التنظيم الذين ليست لديهم كلمة مرور يسجّلون الدخول برابط من عضو آخر في الفريق أو من الأمر «convene admin add».
account-consents = أين يمكن أن يظهر اسمك
account-consent-screen = على شاشة العرض في القاعة (مثلًا عند تسجيل اسمك على طاولة أو عند طلب الكلام)
account-consent-report = في تقرير المشاورة (وإلا تُحفظ مساهماتك من دون اسمك)
account-password = كلمة المرور الخاصة بك
account-password-set = يمكنك تسجيل الدخول باسمك وكلمة المرور من صفحة تسجيل الدخول. وتعيين كلمة مرور جديدة يحلّ محلّ القديمة.
account-password-none = يمكنك تعيين كلمة مرور لتسجيل الدخول من صفحة تسجيل الدخول من دون رابط.
account-password-new = كلمة المرور الجديدة (12 حرفًا على الأقل)
account-password-confirm = كلمة المرور نفسها مرة أخرى
account-password-save = حفظ كلمة المرور
account-password-saved = تمّ حفظ كلمة المرور.
account-organising = أدوات التنظيم
access-title = فريق التنظيم والشاشات ومدة الاحتفاظ بالبيانات
access-organisers = فريق التنظيم
access-organisers-intro = يمكن لأي عضو في فريق التنظيم إزالة عضو آخر. ويبقى في المشاورة دائمًا عضو واحد على الأقل في فريق التنظيم.
access-password = كلمة المرور
access-password-yes = معيّنة
access-password-no = غير معيّنة (الدخول برابط)
access-you = (أنت)
access-remove = إزالة
access-remove-confirm = إزالة هذا العضو من فريق التنظيم مع بياناته الشخصية
access-last-organiser = لا يمكن إزالة آخر عضو في فريق التنظيم
access-add-organiser = لإضافة عضو إلى فريق التنظيم، يجب تشغيل الأمر «convene admin add NAME» على الخادم، مع وضع الاسم مكان NAME: سيطبع الأمر رابط تسجيل دخول صالحًا لمرة واحدة.
access-screens = الشاشات
access-screens-intro = الشاشة حساب دخول للقراءة فقط مخصّص لجهاز العرض: تعرض البرنامج واللوحات، ولا تعرض أبدًا أي بيانات شخصية. يُفتح الرابط أدناه على حاسوب جهاز العرض؛ وهو يعمل مرة واحدة فقط، خلال 24 ساعة.
access-screen-label = اسم الشاشة
access-screen-default = جهاز عرض الجلسة العامة
access-screen-create = إنشاء رابط شاشة
access-screen-link = يُرجى فتح هذا الرابط على حاسوب جهاز العرض، أو مسح الرمز:
access-screens-signout = تسجيل خروج جميع الشاشات
access-retention = مدة الاحتفاظ بالبيانات
access-retention-intro = بعد هذا اليوم، يمحو convene تلقائيًا البيانات الشخصية لجميع المشاركين والمشاركات والميسِّرين والميسِّرات والمتحدثين والمتحدثات. تبقى الجلسات والمواضيع والملاحظات، ولكن من دون أسماء. إذا تُرك الحقل فارغًا، تبقى البيانات محفوظة إلى أن يمحوها فريق التنظيم.
access-retention-date = محو البيانات الشخصية بتاريخ
access-retention-save = حفظ تاريخ المحو
access-retention-done = مُحيت البيانات الشخصية بتاريخ { $date }.
access-done-removed = تمّت إزالة العضو من فريق التنظيم.
access-done-screens = تمّ تسجيل خروج جميع الشاشات.
access-done-retention = تمّ حفظ تاريخ المحو.
nav-open-space = المساحة المفتوحة
os-title = المساحة المفتوحة
os-intro = يمكن لأي شخص أن يدعو إلى جلسة: يكفي اقتراح موضوع ووضعه على طاولة شاغرة. بعد ذلك، يمكنك إضافة اسمك إلى الطاولة التي تهمّك؛ طاولة واحدة في كل جولة.
os-screen-link = عرض الشاشة لجهاز العرض
os-signups-csv = جميع التسجيلات (CSV)
os-propose = اقتراح موضوع
os-topic-title = العنوان
os-topic-description = نبذة عن الموضوع (اختياري)
os-topic-language = اللغة
os-propose-button = اقتراح الموضوع والدعوة إليه
os-no-setup = لم يُعِدّ فريق التنظيم الجولات والطاولات بعد. يمكنك منذ الآن اقتراح مواضيع وتحديد المواضيع التي تهمّك.
os-round-started = بدأت
os-round-ended = انتهت
os-capacity = { $count ->
    [zero] لا مقاعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $count } مقاعد
    [many] { $count } مقعدًا
   *[other] { $count } مقعد
}
os-free-tables = الطاولات الشاغرة: { $tables }
os-unplaced = مواضيع لم توضع على طاولة بعد
os-unplaced-intro = يمكنك تحديد المواضيع التي تهمّك: تساعد الأعداد أصحاب الدعوات وفريق التنظيم على اختيار الطاولات.
os-unplaced-none = لكل موضوع طاولة.
os-notices-dismiss = حسنًا
os-convened-by = بدعوة من { $name }
os-convened-by-participant = بدعوة من مشارك/ة
os-no-convener = بانتظار من يدعو إليه
os-a-participant = مشارك/ة
os-seats = المقاعد المحجوزة
os-waiting = { $count ->
    [zero] لا أحد في الانتظار
    [one] شخص واحد في الانتظار
    [two] شخصان في الانتظار
    [few] { $count } أشخاص في الانتظار
    [many] { $count } شخصًا في الانتظار
   *[other] { $count } شخص في الانتظار
}
os-marks = { $count ->
    [zero] لا أحد مهتم بعد
    [one] شخص واحد مهتم
    [two] شخصان مهتمان
    [few] { $count } أشخاص مهتمون
    [many] { $count } شخصًا مهتمًّا
   *[other] { $count } شخص مهتم
}
os-you-are-here = طاولتك
os-leave = مغادرة هذه الطاولة
os-join = إضافة اسمي
os-mark = يهمّني هذا الموضوع
os-marked = يهمّني ✓ (تراجع)
os-adopt = الدعوة إلى هذا الموضوع
os-move-to = نقل إلى
os-place-in = وضع في
os-move = نقل
os-place = وضع
os-move-title = نقل موضوع سجّل فيه أشخاص؟
os-move-warning = هناك أشخاص مسجّلون في «{ $title }».
os-move-people = { $count ->
    [zero] لن يُبلَّغ أحد بالنقل.
    [one] سيُبلَّغ شخص واحد بالنقل.
    [two] سيُبلَّغ شخصان بالنقل.
    [few] سيُبلَّغ { $count } أشخاص بالنقل.
    [many] سيُبلَّغ { $count } شخصًا بالنقل.
   *[other] سيُبلَّغ { $count } شخص بالنقل.
}
os-move-confirm = نقله وإبلاغهم
os-move-cancel = إبقاؤه في مكانه
os-full-title = هذه الطاولة ممتلئة
os-full-body = جميع المقاعد على طاولة «{ $title }» محجوزة. يمكنك انتظار مكان (إذا شغر مقعد، يُحجز لك ويصلك إشعار بذلك) أو اختيار طاولة أخرى في الجولة نفسها فيها مقاعد شاغرة.
os-wait = انتظار مكان
os-waiting-already = أنت في قائمة الانتظار لهذه الطاولة.
os-stop-waiting = الخروج من قائمة الانتظار
os-full-room = طاولات في هذه الجولة فيها مقاعد شاغرة
os-full-none = جميع طاولات هذه الجولة ممتلئة.
os-seats-left = { $count ->
    [zero] لم يبقَ أي مقعد
    [one] بقي مقعد واحد
    [two] بقي مقعدان
    [few] بقيت { $count } مقاعد
    [many] بقي { $count } مقعدًا
   *[other] بقي { $count } مقعد
}
os-back = العودة إلى المساحة المفتوحة
os-topic = موضوع في المساحة المفتوحة
os-where = المكان والموعد
os-not-placed = لم يوضع على طاولة بعد
os-convener = صاحب/ة الدعوة
os-proposed-by = مُقترَح من
os-interested-orgs = المنظمات المهتمة
os-interest = الاهتمام
os-names = الأسماء على هذه الطاولة
os-names-none = لا أحد بعد.
os-names-unlisted = { $count ->
    [zero] ولا أحد غير ظاهر في الدليل
    [one] وشخص واحد غير ظاهر في الدليل
    [two] وشخصان غير ظاهرين في الدليل
    [few] و{ $count } أشخاص غير ظاهرين في الدليل
    [many] و{ $count } شخصًا لا يظهرون في الدليل
   *[other] و{ $count } شخص لا يظهرون في الدليل
}
os-notes = الملاحظات
os-notes-none = لا توجد ملاحظات بعد.
os-notes-key-points = النقاط الرئيسية
os-notes-proposals = المقترحات
os-notes-next-steps = الخطوات التالية
os-notes-continuing = من يرغب في متابعة العمل
os-notes-write = كتابة الملاحظات
os-notes-language = لغة الملاحظات
os-notes-save = حفظ الملاحظات
os-note-taker = إضافة مدوِّن/ة ملاحظات من الطاولة
os-note-taker-add = تعيين لتدوين الملاحظات
os-edit = تعديل هذا الموضوع أو نقله أو سحبه
os-edit-save = حفظ الموضوع
os-unplace = إزالته من اللوحة
os-withdraw = سحب
os-withdraw-confirm = سحب هذا الموضوع؛ وسيُبلَّغ الأشخاص المسجّلون فيه
os-screen-join = للانضمام عبر الهاتف:
os-setup-title = إعداد المساحة المفتوحة
os-setup-intro = الجولات فترات زمنية ضمن جلسات المساحة المفتوحة في البرنامج؛ والأماكن هي الطاولات أو القاعات، ولكلٍّ منها عدد مقاعده. ومعًا تشكّل خانات اللوحة.
os-rounds = الجولات
os-rounds-none = لا توجد جولات بعد.
os-round-label = اسم الجولة
os-round-session = جلسة المساحة المفتوحة
os-round-date = اليوم
os-round-start = تبدأ
os-round-end = تنتهي
os-round-add = إضافة الجولة
os-spaces = الطاولات والقاعات
os-spaces-none = لا توجد طاولات بعد.
os-space-name = الاسم
os-space-capacity = المقاعد
os-space-languages = اللغات المتوفرة بترجمة فورية (اختياري، مثل "ar en")
os-space-add = إضافة الطاولة
os-space-edit = تغيير الاسم أو عدد المقاعد أو الترجمة الفورية
os-space-save = حفظ الطاولة
os-delete = إزالة
os-delete-confirm = إزالتها؛ وتعود المواضيع الموضوعة عليها إلى القائمة
access-api = رموز الوصول إلى API
access-api-intro = يتيح الرمز لبرنامج آخر استخدام واجهة JSON البرمجية (/api/v1، وهي موصوفة في /api/v1/openapi.json) باسمك: يُرسَل بالشكل «Authorization: Bearer TOKEN». يُرجى إلغاء الرمز عندما لا يعود البرنامج بحاجة إليه.
access-api-once = يُرجى نسخ هذا الرمز الآن؛ فلن يظهر مرة أخرى:
access-api-label = الغرض من الرمز
access-api-create = إصدار رمز
access-api-revoke = إلغاء
access-done-token = تمّ إلغاء الرمز.
os-print = طباعة اللوحة (A3)
os-sheets = طباعة أوراق التسجيل (A4، ورقة لكل طاولة)
os-print-hint = يمكن طباعة هذه الصفحة من المتصفح؛ وستتلاءم مع حجم الورق تلقائيًا.
os-sheets-none = لم يوضع أي موضوع على طاولة بعد.
os-sheet-intro = يُرجى إضافة اسمك إلى هذه الطاولة. طاولة واحدة في كل جولة.
os-sheet-taken = (محجوز: شخص غير ظاهر في الدليل)
os-suggest-title = اقتراح توزيع للمواضيع
os-suggest-link = اقتراح توزيع للمواضيع
os-suggest-intro = يقترح convene أماكن لمواضيع الجولات التي لم تبدأ بعد، بحيث يضطر أقل عدد ممكن من الأشخاص إلى الاختيار بين موضوعين يهمّانهم، وتحصل المواضيع الأكثر طلبًا على طاولات كبيرة، ويبقى النقل في أدنى حدّ. لا يتغيّر أي شيء قبل تطبيق الاقتراح؛ ويمكنك تعديل اللوحة بعد ذلك.
os-suggest-none = لا يمكن إيجاد أي توزيع:
os-suggest-missed = أشخاص مضطرون إلى الاختيار بين موضوعين يهمّانهم (اهتمامات فائتة)
os-suggest-overflow = أشخاص يتجاوزون سعة الطاولة
os-suggest-moves = مواضيع نُقلت من خانتها الحالية
os-suggest-score = النتيجة (الأقل أفضل)
os-suggest-bound = (لا يمكن لأي توزيع أن يحقق نتيجة أقل من { $bound })
os-suggest-now = الآن:
os-suggest-took = استغرق الحساب { $ms } ميلي ثانية.
os-suggest-current = الحالي
os-suggest-proposed = المقترَح
os-suggest-apply = تطبيق هذا التوزيع
os-suggest-discard = تجاهل

## مداخلات من القاعة: الأسئلة وقائمة طلب الكلام
floor-title = مداخلات من القاعة
floor-link = الأسئلة وقائمة طلب الكلام
floor-back = العودة إلى الجلسة
floor-screen-link = عرض الشاشة لجهاز العرض
floor-queue = قائمة طلب الكلام
floor-speaking-now = الكلمة الآن
floor-you = أنت
floor-since = منذ { $time }
floor-time-left = الوقت المتبقي
floor-nobody-speaking = لا أحد يتحدث الآن.
floor-call-next = إعطاء الكلمة للشخص التالي
floor-end-turn = إنهاء هذه المداخلة
floor-rule = الترتيب: { $rule }
floor-order-arrival = بحسب ترتيب طلب الكلام
floor-order-first-time-first = الأولوية لمن لم يتحدث بعد
floor-order-balance-countries = الكلمة التالية لشخص من البلد الأقل حضورًا في المداخلات حتى الآن
floor-order-balance-languages = الكلمة التالية لشخص يتحدث اللغة الأقل استخدامًا في المداخلات حتى الآن
floor-queue-empty = لا أحد ينتظر دوره في الكلام.
floor-point-of-order = نقطة نظام
floor-priority = أولوية
floor-call = إعطاء الكلمة
floor-give-priority = منح الأولوية
floor-no-priority = إلغاء الأولوية
floor-remove = إزالة
floor-your-place = { $count ->
    [one] دورك هو التالي.
    [two] أنت رقم { $count } في الدور.
    [few] أنت رقم { $count } في الدور.
    [many] أنت رقم { $count } في الدور.
   *[other] أنت رقم { $count } في الدور.
}
floor-withdraw = سحب الطلب
floor-ask-to-speak = طلب الكلام
floor-speak-language = لغة المداخلة
floor-note = ملاحظة لفريق التيسير (اختياري)
floor-note-example = مثلًا: تعقيب قصير
floor-queue-who-sees = يرى فريق التيسير اسمك وملاحظتك. أما المشاركون والمشاركات الآخرون فلا يرون اسمك إلا إذا كان ظاهرًا في الدليل، ولا يرون ملاحظتك أبدًا.
floor-point-of-order-ask = هذه نقطة نظام (تتعلّق بسير الإجراءات؛ وتُقدَّم على غيرها)
floor-ask-to-speak-button = طلب الكلام
floor-first-time = أول مداخلة
floor-spoke = { $count ->
    [zero] لا مداخلات سابقة
    [one] مداخلة واحدة سابقة
    [two] مداخلتان سابقتان
    [few] { $count } مداخلات سابقة
    [many] { $count } مداخلةً سابقةً
   *[other] { $count } مداخلة سابقة
}
floor-a-participant = مشارك/ة
floor-anonymous = من دون اسم
floor-questions = الأسئلة
floor-ask = طرح سؤال
floor-question = سؤالك
floor-question-language = اللغة
floor-anonymous-ask = طرح السؤال من دون اسمي (لا يستطيع معرفة من طرح السؤال إلا فريق التنظيم، وذلك لمنع الإساءة؛ ويُسجَّل كل اطّلاع على ذلك في سجلّ التدقيق)
floor-named-only = يظهر اسمك مع سؤالك لجميع من سجّلوا الدخول.
floor-moderated-note = يوافق فريق التيسير على الأسئلة قبل أن تظهر للقاعة.
floor-ask-button = إرسال السؤال
floor-sort-votes = الأكثر تصويتًا
floor-sort-new = الأحدث
floor-no-questions = لا توجد أسئلة بعد.
floor-moderation = بانتظار الموافقة أو مخفية
floor-answered = أسئلة أُجيب عنها
floor-votes = { $count ->
    [one] صوت
    [two] صوتان
    [few] أصوات
    [many] صوتًا
   *[other] صوت
}
floor-yours = سؤالك
floor-pending = بانتظار الموافقة
floor-hidden = مخفيّ
floor-answered-badge = أُجيب عنه
floor-vote = التصويت لهذا السؤال
floor-voted = تمّ التصويت · سحب الصوت
floor-approve = موافقة
floor-hide = إخفاء
floor-mark-answered = وضع علامة «أُجيب عنه»
floor-mark-unanswered = وضع علامة «لم يُجَب عنه»
floor-merge-into = نسخة مكرّرة من
floor-merge = دمج
floor-trace = من طرح السؤال؟
floor-trace-title = من طرح هذا السؤال
floor-trace-result = صاحب/ة السؤال: { $name }. وقد سُجّل هذا الاطّلاع في سجلّ التدقيق.
floor-trace-erased = مُحيت بيانات الشخص الذي طرح السؤال.
floor-summary = ملخّص النقاش
floor-summary-none = لا يوجد ملخّص بعد.
floor-summary-write = كتابة الملخّص
floor-summary-save = حفظ الملخّص
floor-settings = إعدادات المداخلات من القاعة
floor-setting-moderated = الموافقة على الأسئلة قبل أن تظهر للقاعة
floor-setting-anonymous = السماح بالأسئلة من دون اسم
floor-setting-order = ترتيب قائمة طلب الكلام
floor-setting-limit = مدة المداخلة بالثواني (فارغ: بلا حدّ)
floor-settings-save = حفظ الإعدادات
floor-screen-join = لطرح سؤال أو طلب الكلام:
floor-next = التالي
floor-more-waiting = { $count ->
    [one] وشخص آخر في الانتظار
    [two] وشخصان آخران في الانتظار
    [few] و{ $count } أشخاص آخرين في الانتظار
    [many] و{ $count } شخصًا آخر في الانتظار
   *[other] و{ $count } شخص آخر في الانتظار
}
floor-waiting-total = { $count ->
    [zero] لا أحد ينتظر دوره في الكلام
    [one] شخص واحد ينتظر دوره في الكلام
    [two] شخصان ينتظران دورهما في الكلام
    [few] { $count } أشخاص ينتظرون دورهم في الكلام
    [many] { $count } شخصًا ينتظرون دورهم في الكلام
   *[other] { $count } شخص ينتظرون دورهم في الكلام
}
floor-top-questions = الأسئلة الأكثر تصويتًا
session-floor = الأسئلة وقائمة طلب الكلام
session-summary = الملخّص
session-questions-open = أسئلة لم يُجَب عنها بعد
session-questions-answered = أسئلة أُجيب عنها

## تعديل البرنامج
edit-title = تعديل البرنامج
edit-new-session = جلسة جديدة
edit-session-title = تعديل الجلسة
edit-see-program = عرض البرنامج كما يراه الآخرون
edit-see-session = عرض صفحة الجلسة
edit-back = العودة إلى محرّر البرنامج
edit-warnings = يُرجى التحقق من هذه النقاط
edit-warnings-intro = لا يُمنع أي شيء: القرار لك في ما إذا كانت كل نقطة منها صحيحة.
edit-warning-room = في { $room } جلستان في الوقت نفسه: «{ $first }» و«{ $second }».
edit-warning-person = اسم { $person } مُدرَج في «{ $first }» و«{ $second }» في الوقت نفسه.
edit-warning-dates = «{ $session }» خارج تواريخ المشاورة.
edit-has-warning = للتحقق
edit-sessions = الجلسات
edit-no-sessions = لا توجد جلسات بعد.
edit-time = الوقت
edit-session = الجلسة
edit-room = القاعة
edit-rooms = القاعات
edit-room-name = اسم القاعة
edit-rename = إعادة التسمية
edit-delete-room = حذف
edit-new-room = قاعة جديدة
edit-add-room = إضافة القاعة
edit-details = المشاورة
edit-c-title = العنوان
edit-c-venue = مكان الانعقاد
edit-c-tz = المنطقة الزمنية (مثل Asia/Beirut)
edit-c-start = اليوم الأول
edit-c-end = اليوم الأخير
edit-c-languages = اللغات (رموز مثل ar en fr)
edit-save = حفظ
edit-saved = تمّ الحفظ. تظهر التغييرات في الصفحات المفتوحة.
edit-public = البرنامج علني: يمكن لأي شخص لديه العنوان قراءته.
edit-private = البرنامج خاص: لا يمكن قراءته إلا لمن سجّل الدخول.
edit-make-private = جعله خاصًا
edit-make-public = جعله علنيًا
edit-is-cancelled = أُلغيت هذه الجلسة. وتبقى في البرنامج مع علامة تشير إلى إلغائها، ليعلم بذلك الجميع.
edit-s-title = العنوان
edit-s-kind = النوع
edit-s-date = التاريخ
edit-s-start = تبدأ
edit-s-end = تنتهي
edit-s-room = القاعة
edit-no-room = بلا قاعة
edit-s-languages = لغات الجلسة
edit-s-interpretation = الترجمة الفورية إلى
edit-tags-help = رموز لغات تفصل بينها مسافات، مثل: ar en fr
edit-s-text-language = لغة العنوان والوصف
edit-s-description = الوصف
edit-s-facilitators = الميسِّرون والميسِّرات
edit-s-speakers = المتحدثون والمتحدثات أو أعضاء حلقة النقاش
edit-multi-help = لاختيار عدة أشخاص: الضغط مع الاستمرار على مفتاح Ctrl (أو الضغط المطوّل على الهاتف).
edit-add-person = شخص غير موجود في الدليل بعد
edit-p-name = الاسم
edit-p-organisation = المنظمة
edit-p-country = البلد
edit-p-role = الدور في هذه الجلسة
edit-p-speaker = متحدث/ة
edit-p-facilitator = ميسِّر/ة
edit-add-person-button = إضافة الشخص إلى هذه الجلسة
edit-more = المزيد
edit-duplicate = إنشاء نسخة من هذه الجلسة
edit-cancel = إلغاء هذه الجلسة
edit-restore = إعادة الجلسة إلى البرنامج
session-cancelled = ملغاة
session-changed = معدّلة
session-changes = التغييرات الأخيرة
session-change-room = القاعة: { $change }
session-change-time = الوقت: { $change }
session-change-title = العنوان: { $change }
session-change-cancelled = ملغاة
session-change-restored = عادت إلى البرنامج
import-program-title = استيراد برنامج
import-program-failed = لم يُستورد أي شيء: يُرجى تصحيح هذه الأخطاء في الملف والمحاولة مرة أخرى.
import-program-preview = معاينة: لم يُحفظ أي شيء بعد
import-program-done = تمّ الاستيراد
import-program-format = قُرئ بصيغة { $format }.
import-program-created = { $count ->
    [zero] لا جلسات جديدة
    [one] جلسة واحدة جديدة
    [two] جلستان جديدتان
    [few] { $count } جلسات جديدة
    [many] { $count } جلسةً جديدةً
   *[other] { $count } جلسة جديدة
}
import-program-updated = { $count ->
    [zero] لا جلسات مُحدَّثة
    [one] جلسة واحدة مُحدَّثة
    [two] جلستان مُحدَّثتان
    [few] { $count } جلسات مُحدَّثة
    [many] { $count } جلسةً مُحدَّثةً
   *[other] { $count } جلسة مُحدَّثة
}
import-program-unchanged = { $count ->
    [zero] لا جلسات من دون تغيير
    [one] جلسة واحدة من دون تغيير
    [two] جلستان من دون تغيير
    [few] { $count } جلسات من دون تغيير
    [many] { $count } جلسةً من دون تغيير
   *[other] { $count } جلسة من دون تغيير
}
import-program-rooms = قاعات جديدة:
import-program-people = أشخاص جدد:
import-program-apply = استيراده
import-program-file = ملف الجدول الزمني (frab XML أو JSON، أو CSV)
import-program-check = فحص الملف
import-program-formats = يقرأ convene الجدول الزمني الذي تصدّره أدوات المؤتمرات مثل pretalx أو frab وغيرهما (frab XML أو JSON: القاعات والأيام والفعاليات مع أشخاصها ولغتها وملخّصها)، كما يقرأ ملفات CSV.
import-program-csv = يبدأ ملف CSV بسطر عناوين يضمّ هذه الأعمدة، بأي ترتيب: التواريخ بصيغة YYYY-MM-DD، والأوقات بصيغة HH:MM حسب المنطقة الزمنية للمشاورة، والأسماء مفصولة بـ«;»، ورموز اللغات مفصولة بمسافات. عمود المعرّف (id) وعمود الوصف (description) اختياريان.
import-program-rerun = عند استيراد الملف نفسه مرة أخرى، تُحدَّث جلساته بدلًا من إضافتها مرتين.
session-is-cancelled = أُلغيت هذه الجلسة.

## تقرير المشاورة
report-title = التقرير
report-link = تقرير المشاورة: ما قيل وما اقتُرح وما تقرّر
report-draft = مسوّدة: لا يستطيع قراءة هذا التقرير إلا فريق التنظيم إلى أن يُنشر.
report-published = منشور: يمكن للمشاركين والمشاركات قراءة هذا التقرير.
report-introduction = المقدّمة
report-conclusions = الخلاصات
report-numbers = بالأرقام
report-people = الأشخاص المسجّلون
report-organisations = المنظمات المُمثَّلة
report-countries = البلدان المُمثَّلة
report-sessions = الجلسات الواردة في التقرير
report-topics = طاولات المساحة المفتوحة
report-questions-asked = أسئلة من القاعة
report-questions-answered = أسئلة أُجيب عنها
report-fewer-than-3 = أقل من 3
report-a-participant = مشارك/ة
report-not-named = { $count ->
    [zero] لا أحد من دون ذكر اسمه
    [one] شخص واحد لم يُذكر اسمه
    [two] شخصان لم يُذكر اسماهما
    [few] { $count } أشخاص لم تُذكر أسماؤهم
    [many] { $count } شخصًا لم تُذكر أسماؤهم
   *[other] { $count } شخص لم تُذكر أسماؤهم
}
report-facilitators = الميسِّرون والميسِّرات
report-speakers = المتحدثون والمتحدثات
report-summary = الملخّص
report-no-summary = لم يُكتب أي ملخّص.
report-questions-answered-list = أسئلة أُجيب عنها
report-questions-open = أسئلة بقيت من دون إجابة
report-votes = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
report-took-part = عدد من قدّموا مداخلات من القاعة: { $count }
report-at-table = عدد الأشخاص على الطاولة: { $count }
report-convened-by = بدعوة من { $name }
report-table = { $name }
report-no-notes = لم تُكتب أي ملاحظات على هذه الطاولة.
report-round = المساحة المفتوحة: { $label }
report-actions = المقترحات والخطوات التالية
report-actions-intro = جميع المقترحات والخطوات التالية التي كُتبت على الطاولات، مع ذكر الطاولة التي جاءت منها.
report-proposal = مقترح
report-next-step = خطوة تالية
report-empty = لم يُجمع أي شيء بعد: لا توجد جلسة لها ملخّص أو أسئلة، ولا طاولة لها ملاحظات. يكتمل التقرير تدريجيًا كلما كتب الميسِّرون والميسِّرات وأصحاب الدعوات.
report-contents = المحتويات
report-downloads = تنزيل
report-download-md = Markdown
report-download-docx = مستند Word
report-download-html = صفحة ويب (ملف واحد)
report-file-language = لغة العناوين
report-print = يمكن الطباعة أو الحفظ بصيغة PDF من قائمة الطباعة في المتصفح.
report-edit = تعديل التقرير
report-edit-intro = المقدّمة والخلاصات من كتابتك؛ أما ما يقوله التقرير عن الجلسات والطاولات فمصدره ملخّصاتها وملاحظاتها، كما كُتبت.
report-publish = منشور: يمكن للمشاركين والمشاركات قراءته (وللزوار من دون تسجيل دخول أيضًا، إذا كان البرنامج علنيًا)
report-save = حفظ التقرير
report-leave-out = استبعاد من التقرير
report-left-out = مُستبعَد
report-saved = تمّ حفظ التقرير.
report-language = لغة النص
report-generated = أُعِدّ باستخدام convene بتاريخ { $date }.

# The language's name as its speakers write it, in the language switcher.
language-own-name = العربية

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = شَغَر مكان في «{ $title }»: المكان لك.
notice-seat-freed-moved = شَغَر مكان في «{ $title }»: المكان لك، وأُزيل اسمك من الطاولة الأخرى في تلك الجولة.
notice-topic-withdrawn = سحب صاحب/ة الدعوة «{ $title }»؛ وأُزيل اسمك من طاولته.
notice-topic-moved = نُقل «{ $title }» إلى { $space }؛ ولا يزال اسمك مسجّلًا.
notice-topic-moved-round = نُقل «{ $title }» إلى { $space } في { $round }؛ وأُزيل اسمك، فسجّل من جديد إن كان بإمكانك الحضور.
notice-topic-off-board = أُزيل «{ $title }» من اللوحة؛ وأُزيل اسمك من طاولته.
notice-topic-other-round = نُقل «{ $title }» إلى جولة أخرى؛ وأُزيل اسمك، فسجّل من جديد إن كان بإمكانك الحضور.

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = لا يمكن القيام بذلك إلا لصاحب/ة الدعوة إلى الموضوع أو لفريق التنظيم.
error-topic-convened = هناك شخص آخر يدعو إلى هذا الموضوع بالفعل.
error-no-such-round = هذه الجولة غير موجودة.
error-no-such-space = هذا المكان غير موجود.
error-round-started = بدأت { $round }، ولا يمكن الآن تعديلها إلا لفريق التنظيم.
error-topic-round-started = بدأت جولة هذا الموضوع، ولا يمكن الآن نقله إلا لفريق التنظيم.
error-cell-taken = شغل موضوع آخر هذه الخانة قبل لحظات؛ يُرجى اختيار خانة شاغرة أخرى.
error-convener-busy = لصاحب/ة الدعوة طاولة في تلك الجولة بالفعل؛ فلا يدعو الشخص الواحد إلا إلى طاولة واحدة في كل جولة.
error-topic-stale = تغيّر هذا الموضوع منذ تحميل صفحتك؛ يُرجى الاطّلاع على اللوحة من جديد ثم إعادة المحاولة.
error-proposal-unreadable = تعذّرت قراءة الاقتراح؛ يُرجى طلب اقتراح توزيع جديد.
error-round-started-meanwhile = بدأت { $round } في هذه الأثناء؛ يُرجى طلب اقتراح توزيع جديد.
error-board-changed = تغيّرت اللوحة في هذه الأثناء (شُغلت إحدى الخانات)؛ يُرجى طلب اقتراح توزيع جديد.
error-topic-not-on-board = هذا الموضوع ليس على اللوحة (سُحب، أو لم يوضع على طاولة بعد).
error-not-a-note-taker = لا يكتب الملاحظات إلا صاحب/ة الدعوة، ومن يُعيَّن لتدوين الملاحظات، وفريق التنظيم.
error-note-taker-not-seated = يُختار من يدوّن الملاحظات من بين الأشخاص المسجّلين على الطاولة.
error-too-few-seats = عدد الأشخاص المسجّلين على طاولة في هذا المكان { $seated }، لذا يجب ألا يقلّ عدد مقاعده عن { $seated }. يُرجى أولًا نقل الموضوع إلى مكان أكبر، أو الطلب من الأشخاص المسجّلين الانتقال إلى طاولة أخرى.
error-not-a-moderator = لا يمكن القيام بذلك إلا لفريق تيسير الجلسة ولفريق التنظيم.
error-no-anonymous-questions = لا تقبل هذه الجلسة الأسئلة من دون اسم؛ يُرجى طرح السؤال باسمك.
error-voted-already = سبق لك التصويت لهذا السؤال: لكل شخص صوت واحد فقط.
error-question-not-open = هذا السؤال غير مفتوح للتصويت (ما زال بانتظار الموافقة أو أُخفي).
error-question-merged = دُمج هذا السؤال في سؤال آخر؛ يُرجى تنفيذ الإجراء على ذلك السؤال.
error-merge-refused = لا يمكن دمج سؤال إلا في سؤال آخر مفتوح من الجلسة نفسها.
error-trace-organisers = لا يستطيع معرفة من كتب السؤال إلا فريق التنظيم.
error-queued-already = اسمك مُدرج بالفعل في قائمة طلب الكلام لهذه الجلسة.
error-not-queued = اسمك ليس في قائمة طلب الكلام لهذه الجلسة.
error-queue-empty = لا أحد ينتظر دوره في الكلام.
error-no-longer-waiting = لم يعد هذا الشخص ينتظر دوره في الكلام.
error-nobody-speaking = لا أحد يتحدث الآن.
error-summary-too-long = الملخّص طويل جدًا (عدد أحرفه { $len }، والحدّ الأقصى { $max }).
error-speaking-time = مدة المداخلة «{ $text }» ليست عددًا من الثواني.

## Form validation: what is wrong with an input, and the fields named in it.
error-empty = لا يمكن ترك «{ $field }» فارغًا.
error-too-long = النص في «{ $field }» طويل جدًا (عدد أحرفه { $length }، والحدّ الأقصى { $max }).
error-unknown-time-zone = المنطقة الزمنية «{ $value }» غير معروفة: يُرجى استخدام اسم مثل Asia/Bangkok.
error-unknown-country = البلد «{ $value }» غير معروف: يُرجى استخدام رمز مثل AR أو اسم البلد.
error-invalid-language = «{ $value }» ليس لغة معروفة: يُرجى استخدام رمز لغة مثل en أو id.
error-invalid = «{ $field }»: القيمة «{ $value }» غير صالحة، والمطلوب: { $expected }.
error-unknown-session-kind = نوع الجلسة «{ $value }» غير معروف.
error-ends-before-start = تنتهي الجلسة «{ $title }» في { $ends }، أي قبل موعد بدئها في { $starts }.
error-dates-reversed = تنتهي المشاورة في { $end }، أي قبل موعد بدئها في { $start }.
error-dangling = «{ $field }»: «{ $value }» غير موجود.
field-cancelled = ملغاة
field-capacity = المقاعد
field-convener = صاحب/ة الدعوة
field-corridor = ممر الهجرة
field-email = البريد الإلكتروني
field-languages = اللغات
field-name = الاسم
field-note = الملاحظة
field-organisation = المنظمة
field-organisation-name = اسم المنظمة
field-people = الأشخاص
field-person = الشخص
field-question = السؤال
field-queue-order = ترتيب قائمة طلب الكلام
field-retention-date = تاريخ محو البيانات
field-role = الدور
field-room = القاعة
field-room-name = اسم القاعة
field-round-end = نهاية الجولة
field-round-name = اسم الجولة
field-screen-name = اسم الشاشة
field-session = الجلسة
field-session-description = وصف الجلسة
field-session-title = عنوان الجلسة
field-space-name = اسم الطاولة
field-speaking-time = مدة المداخلة
field-time = الوقت
field-title = العنوان
field-token-name = اسم الرمز
field-topic = الموضوع
field-topic-description = وصف الموضوع
field-topic-title = عنوان الموضوع
field-venue = مكان الانعقاد
field-visibility = الظهور في الدليل
field-website = الموقع الإلكتروني
field-other = هذا الحقل
expected-corridor = بلد منشأ وبلد مقصد، مثل ID>SG
expected-existing-date = تاريخ موجود فعلًا في المنطقة الزمنية للمشاورة
expected-after-last-day = يوم بعد اليوم الأخير من المشاورة
expected-unique-space-name = اسم لا تحمله أي طاولة أخرى
expected-seats = عدد مقاعد من 1 إلى 1000
expected-free-convener = شخص لا يدعو إلى أي موضوع آخر في تلك الجولة
expected-after-round-start = وقت بعد بداية الجولة
expected-topic-on-board = موضوع موجود على اللوحة (وقد سُحب هذا الموضوع في هذه الأثناء)
expected-https-address = عنوان يبدأ بـ https://
expected-email-address = عنوان بريد إلكتروني مثل name@example.org
expected-queue-order = أحد أنواع الترتيب المعروضة
expected-speaking-time = مدة بين 10 ثوانٍ و60 دقيقة
expected-visibility = «ظاهر في الدليل» أو «فريق التنظيم فقط» أو «مخفيّ»
expected-listed-value = إحدى القيم الواردة في القائمة
expected-role = منظِّم/ة أو ميسِّر/ة أو مشارك/ة
expected-no-nul = نص لا يحتوي على رموز NUL
expected-other = قيمة من الخيارات المتاحة في النموذج

## Importing files: what is wrong with a file, a line or a field.
import-error-at-column = السطر { $line }، العمود { $column }: { $message }
import-error-at-line = السطر { $line }: { $message }
import-file-too-large = حجم الملف { $size } MB، والحدّ الأقصى لما يمكن استيراده هو { $max } MB
import-not-text = هذا ليس ملفًا نصيًا (بايت صفري في السطر { $line })؛ يُرجى تصدير جدول البيانات بصيغة CSV, UTF-8
import-not-utf8 = السطر { $line } ليس نصًا بترميز UTF-8؛ يُرجى حفظ الملف بصيغة «CSV UTF-8»
import-unreadable-header = تعذّرت قراءة سطر العناوين: { $detail }
import-unreadable-row = تعذّرت قراءة هذا الصف: { $detail }
import-row-width = عدد خاناته { $fields }، بينما عدد خانات سطر العناوين { $width }
import-same-person = الشخص نفسه الوارد في السطر { $first }
import-no-participants = في الملف سطر عناوين، لكنه لا يضمّ أي مشارك أو مشاركة
import-column-twice = يرد هذا العمود مرتين في سطر العناوين
import-no-name-column = لا يوجد عمود «name» في سطر العناوين (الأعمدة الموجودة: { $found })
import-too-long = يتجاوز الحدّ الأقصى لعدد الأحرف ({ $max })
import-title-empty = العنوان فارغ
import-title-too-long = طول العنوان يتجاوز الحدّ الأقصى لعدد الأحرف ({ $max })
import-description-too-long = طول الوصف يتجاوز الحدّ الأقصى لعدد الأحرف ({ $max })
import-duplicate-id = { $place }: المعرّف «{ $id }» مستخدَم من قبل في { $first }؛ ويجب أن يكون لكل جلسة معرّف خاص بها
import-cut-off = ينتهي الملف هنا، في منتصف الجدول الزمني، أي أنه مبتور؛ يُرجى تصديره من جديد
import-too-deep = يتجاوز تداخل العناصر هنا { $max } مستويات، في حين أن الجدول الزمني بصيغة frab لا يتجاوز عادةً ستة مستويات تقريبًا
import-too-many-elements = عدد العناصر في الملف يتجاوز { $max }
import-not-xml = هذا ليس XML سليم البنية (العمود { $column }): { $detail }
import-not-frab-root = العنصر الجذري للملف هو <{ $root }> وليس <schedule>: هذا ليس جدولًا زمنيًا بصيغة frab
import-event = الفعالية «{ $title }»: { $message }
import-event-field = { $place }، الحقل { $field }: { $message }
import-no-guid = ليس للفعالية guid ولا id
import-bad-date = التاريخ «{ $value }» ليس تاريخًا مقرونًا بوقت وبفارق التوقيت عن UTC، ولا تاريخًا بصيغة YYYY-MM-DD
import-bad-start = وقت البدء «{ $value }» ليس وقتًا مثل 09:30
import-no-time-zone = الأوقات لا تحمل فارق التوقيت عن UTC، والملف لا يحدّد أي منطقة زمنية
import-time-not-in-zone = الوقت { $value } غير موجود في هذه المنطقة الزمنية: { $detail }
import-bad-duration = المدة «{ $value }» ليست بصيغة HH:MM
import-negative-duration = المدة «{ $value }»: تنتهي الفعالية قبل أن تبدأ
import-not-json = هذا ليس JSON صالحًا: { $detail }
import-not-frab-json = لا يحتوي JSON هذا على schedule.conference، فهو ليس جدولًا زمنيًا بصيغة frab
import-missing-columns = ينقص سطرَ العناوين عمودٌ أو أكثر: { $missing }؛ والأعمدة المطلوبة: { $expected }
import-needs-consultation = يتطلّب استيراد برنامج من ملف CSV وجود مشاورة (لاعتماد منطقتها الزمنية)؛ يُرجى إنشاء المشاورة أولًا
import-bad-csv-date = «{ $value }» ليس تاريخًا مثل 2026-11-30
import-bad-time = «{ $value }» ليس وقتًا مثل 09:30
import-session-ends-before-start = تنتهي الجلسة في { $end }، أي قبل موعد بدئها في { $start }
import-bad-kind = «{ $value }» ليس نوع جلسة معروفًا؛ يُرجى استخدام plenary أو facilitated-discussion أو open-space أو break أو other
import-reader-failed = تعذّر على convene قراءة هذا الملف (تعطّل قارئه)؛ لم يُحفظ أي شيء
import-no-consultation = لا تحتوي قاعدة البيانات على أي مشاورة ولا يصف الملف أيّ مشاورة (يحتوي برنامج frab على <conference>)؛ أنشئ المشاورة أولًا
import-not-stored = لم يُحفظ أي شيء: { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = لا يمكن القيام بذلك إلا لمن سجّل الدخول برابطه الشخصي.
error-organisers-only = لا يمكن القيام بذلك إلا لفريق التنظيم.
error-last-organiser-erase = هذا آخر عضو في فريق التنظيم؛ يُرجى إضافة عضو آخر قبل محو بياناته.
error-last-organiser-remove = هذا آخر عضو في فريق التنظيم؛ يُرجى إضافة عضو آخر قبل إزالته.
error-password-length = يجب أن يتراوح عدد أحرف كلمة المرور بين { $min } و{ $max }، وعدد أحرفها الآن { $length }.
error-passwords-differ = كلمتا المرور مختلفتان؛ يُرجى كتابة كلمة المرور نفسها مرتين.
error-not-a-time = «{ $field }»: «{ $value }» ليس وقتًا مثل 09:30.
error-session-cancelled-already = هذه الجلسة ملغاة بالفعل.
error-session-not-cancelled = هذه الجلسة غير ملغاة.
error-room-exists = توجد بالفعل قاعة باسم «{ $name }».
error-room-rename = تعذّرت إعادة تسمية القاعة إلى «{ $name }»: فإما أن قاعة أخرى تحمل هذا الاسم، وإما أن القاعة لم تعد موجودة.
error-not-a-date = «{ $value }» ليس تاريخًا؛ يُرجى استخدام الصيغة 2027-03-31.
error-upload-too-large = حجم الملف أكبر من { $max } MB؛ لم يُستورد أي شيء.
error-choose-schedule-file = يُرجى اختيار ملف الجدول الزمني المراد استيراده.
error-not-a-cell = «{ $value }» ليست خانة على اللوحة؛ يُرجى اختيار خانة من القائمة.
error-not-a-date-time = «{ $value }» ليس تاريخًا ووقتًا مثل 2027-03-02 و14:00.
error-pick-session = يُرجى اختيار جلسة من القائمة.
error-not-seats = «{ $value }» ليس عددًا صالحًا للمقاعد.
error-unknown-format = الصيغة «{ $value }» غير معروفة: يُرجى استخدام md أو docx أو html.
error-not-for-your-role = هذه الصفحة غير متاحة لدورك.
error-no-pages-in = لا توجد صفحات باللغة «{ $value }».
error-unknown-person = هذا الشخص غير موجود في الدليل.
field-start-time = وقت البدء
field-end-time = وقت الانتهاء
error-pick-room = اختر قاعة من القائمة.
error-room-gone = هذه القاعة غير موجودة (أو لم تعد موجودة).

account-consent-convener = اسمي بصفتي صاحب/ة الدعوة إلى طاولة، على اللوحة وعلى الشاشة (وإلا يظهر «بدعوة من مشارك/ة»)
os-rules-title = قواعد المساحة المفتوحة
os-rule-anyone = يمكن لأي شخص أن يدعو إلى طاولة: يكفي أن يذكر موضوعها وأن يضع لها عنوانًا.
os-rule-convener = يقرّر صاحب/ة الدعوة طريقة سير الجلسة.
os-rule-no-preparation = لا حاجة إلى أي تحضير.
os-rule-two-feet = يمكن لكل شخص التنقّل بين الطاولات: إلى حيث يتعلّم أكثر أو يُسهم أكثر.
os-rules-edit = قواعد المساحة المفتوحة، قاعدة في كل سطر
os-rules-edit-hint = تظهر على اللوحة وعلى الشاشة. إذا تُرك الحقل فارغًا، تُعرض القواعد المعتادة، ويقرؤها كل شخص بلغته.
os-rules-save = حفظ القواعد
os-find = البحث عن طاولة
os-find-words = بحث
os-find-round = الجولة
os-find-all-rounds = جميع الجولات
os-find-room = الطاولات التي فيها مقعد شاغر فقط
os-find-button = بحث
os-find-clear = عرض الكل
os-find-shown = { $count ->
    [zero] لا مواضيع معروضة
    [one] موضوع واحد معروض
    [two] موضوعان معروضان
    [few] { $count } مواضيع معروضة
    [many] { $count } موضوعًا معروضًا
   *[other] { $count } موضوع معروض
}
os-convener-for = صاحب/ة الدعوة (عند إدخال موضوع نيابةً عن شخص آخر)
os-convener-for-hint = يُرجى اختيار اسم من الدليل أو كتابة اسم جديد. ويُترك الحقل فارغًا إذا كانت الدعوة باسمك.
notice-topic-entered = أدخل فريق التنظيم «{ $title }» وجعلك صاحب/ة الدعوة إليه. يمكنك تعديله أو سحبه من صفحته.
os-mine = مساحتي المفتوحة
os-mine-convening = أنت صاحب/ة الدعوة
os-mine-convening-unplaced = أنت صاحب/ة الدعوة · لم يوضع على اللوحة بعد
os-mine-no-table = لا طاولة بعد
os-mine-in-line = { $count ->
    [one] ترتيبك الأول في قائمة الانتظار
    [two] ترتيبك { $count } في قائمة الانتظار
    [few] ترتيبك { $count } في قائمة الانتظار
    [many] ترتيبك { $count } في قائمة الانتظار
   *[other] ترتيبك { $count } في قائمة الانتظار
}
poll-title = استطلاعات الرأي
poll-open = فتح استطلاع رأي
poll-question = السؤال
poll-kind = نوع الاستطلاع
poll-kind-single = خيار واحد
poll-kind-multiple = عدة خيارات
poll-kind-words = سحابة كلمات (كلمة واحدة لكل شخص)
poll-choices = الخيارات، خيار في كل سطر
poll-choices-hint = من 2 إلى 12 خيارًا. لا تحتاج سحابة الكلمات إلى خيارات.
poll-anonymous = استطلاعات الرأي من دون أسماء: لا يُحفظ أي اسم مع الإجابة، وتبقى الأعداد الأقل من 3 مخفية إلى أن يُغلق الاستطلاع.
poll-open-button = فتح الاستطلاع
poll-none = لا يوجد أي استطلاع بعد.
poll-closed = مُغلق
poll-live = مفتوح
poll-answers = { $count ->
    [0] لا إجابات بعد
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
}
poll-you-answered = لقد أجبت
poll-your-word = كلمتك
poll-answer = إرسال الإجابة
poll-few = أقل من 3
poll-few-hidden = تظهر الأعداد الأقل من 3 والكلمات النادرة عند إغلاق الاستطلاع، كي لا يمكن معرفة إجابة أي شخص.
poll-close = إغلاق الاستطلاع
poll-screen-join = للإجابة عبر الهاتف:
edit-order = الترتيب في البرنامج
edit-order-up = تقديم
edit-order-down = تأخير
edit-moderators = فريق إدارة المداخلات من القاعة
edit-moderators-hint = يتولّى هذا الفريق إدارة المداخلات من القاعة (قائمة طلب الكلام والأسئلة واستطلاعات الرأي) من دون إدراج أعضائه ضمن فريق تيسير الجلسة، كما في جلسة عامة افتتاحية.
edit-moderators-save = حفظ فريق إدارة المداخلات
report-polls = استطلاعات الرأي
report-poll-answers = عدد من أجابوا: { $count }
notice-convener-seated = أنت صاحب/ة الدعوة إلى «{ $title }»: اسمك الآن على تلك الطاولة، وأُزيل من أي طاولة أخرى في تلك الجولة.
error-convener-stays = أنت صاحب/ة الدعوة إلى «{ $title }» في هذه الجولة، ولا يغادر صاحب/ة الدعوة طاولته.
error-convener-for-others = لا يمكن إدخال مواضيع نيابةً عن أشخاص آخرين إلا لفريق التنظيم ولفريق تيسير المساحة المفتوحة.
error-poll-answered = سبق لك الإجابة عن هذا الاستطلاع: لكل شخص إجابة واحدة فقط.
error-poll-closed = هذا الاستطلاع مُغلق.
field-poll-kind = نوع الاستطلاع
field-choice = الخيار
field-choices = الخيارات
field-answer = الإجابة
field-open-space-rules = قواعد المساحة المفتوحة
expected-poll-kind = خيار واحد أو عدة خيارات أو سحابة كلمات
expected-poll-choices = من 2 إلى 12 خيارًا، خيار في كل سطر
expected-one-word = كلمة واحدة
expected-poll-choice = أحد خيارات الاستطلاع
expected-a-choice = خيار
expected-one-choice = خيار واحد فقط
session-board-link = الانتقال إلى لوحة المساحة المفتوحة

## Before the meeting: organisations, invitations by e-mail, my schedule
organisation-edit-link = تعديل بيانات هذه المنظمة
organisation-new-link = إضافة منظمة
organisation-edit-title = تعديل بيانات { $name }
organisation-new-title = إضافة منظمة
organisation-edit-back = العودة
organisation-acronym = الاختصار
organisation-tags = قطاعات أخرى
organisation-tags-help = قطاعات غير موجودة في القائمة، تفصل بينها |
organisation-corridors-help = يُرجى اختيار بلد المنشأ وبلد المقصد لكل ممر هجرة تعمل عليه المنظمة. ولإزالة ممر، يُختار «—» في الخانتين كلتيهما.
organisation-no-members = لا ينتمي أي شخص إلى هذه المنظمة بعد.
organisation-merge = دمج نسخة مكرّرة في هذه المنظمة
organisation-merge-help = ينتقل أشخاص المنظمة الأخرى ومواضيعها وممرات الهجرة التي تعمل عليها إلى { $name }، وتُضاف قطاعاتها وخدماتها ولغاتها. ثم تُحذف تلك المنظمة، ولا يمكن التراجع عن ذلك.
organisation-merge-other = النسخة المكرّرة
organisation-merge-button = دمجها في هذه المنظمة
error-organisation-name-taken = هناك منظمة أخرى تحمل هذا الاسم أو هذا الاختصار (انظر /organisations/{ $id }): يُرجى دمج المنظمتين بدلًا من ذلك.
error-merge-same-organisation = لا يمكن دمج منظمة في نفسها.
import-col-organisation-fields = اختياري، لجمع كل شيء في جدول واحد: تصف الأعمدة organisation_acronym، organisation_country، organisation_sectors، organisation_services، organisation_languages، organisation_website، organisation_corridors (مثل ID>SG|ID>MY) منظمةَ الشخص
import-done-organisations-updated = { $count ->
    [zero] ولم تُحدَّث بيانات أي منظمة.
    [one] وحُدِّثت بيانات منظمة واحدة.
    [two] وحُدِّثت بيانات منظمتين.
    [few] وحُدِّثت بيانات { $count } منظمات.
    [many] وحُدِّثت بيانات { $count } منظمةً.
   *[other] وحُدِّثت بيانات { $count } منظمة.
}
import-orgs-link = استيراد المنظمات من جدول بيانات
import-orgs-title = استيراد المنظمات
import-orgs-file = قائمة المنظمات (ملف CSV)
import-orgs-see = عرض المنظمات
import-orgs-format-body = جدول بيانات محفوظ بصيغة CSV (UTF-8)، تفصل بين خاناته فواصل (,) أو فواصل منقوطة (;). يحمل السطر الأول أسماء الأعمدة، بأي ترتيب؛ والعمود الإلزامي الوحيد هو "name". يُستورد الملف كاملًا أو لا يُستورد منه أي شيء. وإذا كانت المنظمة معروفة من قبل باسمها أو اختصارها، تُحدَّث بياناتها؛ وأي عمود غير موجود في الملف تبقى قيمته كما هي. ويضمّ ملف تنزيل المنظمات هذه الأعمدة بالضبط.
import-orgs-col-name = اسم المنظمة
import-orgs-col-acronym = اسم مختصر؛ يُتعرَّف على المنظمات باسمها أو اختصارها
import-orgs-col-sectors = مفاتيح مثل domestic-work أو sex-work، تفصل بينها |؛ وتُحفظ القيم الأخرى قطاعاتٍ خاصة بالمنظمة
import-orgs-col-services = مفاتيح مثل legal-aid، shelter، hotline، outreach، تفصل بينها |
import-orgs-col-website = عنوان يبدأ بـ https://
import-orgs-col-corridors = ممرات الهجرة بصيغة رمز بلد المنشأ>رمز بلد المقصد، تفصل بينها |، مثل ID>SG|ID>MY
invitations-badges = بطاقات الأسماء المطبوعة
invitations-mail-title = بالبريد الإلكتروني
invitations-mail-server = تُرسل الدعوات عبر { $server }. تحمل كل رسالة رابط تسجيل دخول جديدًا ورمز QR الخاص به، بلغة الشخص؛ ويتوقّف الرابط القديم عن العمل بمجرد إرسال الرابط الجديد.
invitations-mail-not-yet-in = إرسال بريد إلكتروني إلى كل من لم يسجّل الدخول بعد
invitations-mail-everyone = إرسال بريد إلكتروني إلى الجميع
invitations-mail-one = إرسال رابط جديد بالبريد الإلكتروني
invitations-mail-count-sent = { $count ->
    [zero] لا رسائل مُرسَلة
    [one] رسالة واحدة مُرسَلة
    [two] رسالتان مُرسَلتان
    [few] { $count } رسائل مُرسَلة
    [many] { $count } رسالةً مُرسَلةً
   *[other] { $count } رسالة مُرسَلة
}
invitations-mail-count-waiting = { $count ->
    [zero] لا رسائل بانتظار الإرسال
    [one] رسالة واحدة بانتظار الإرسال
    [two] رسالتان بانتظار الإرسال
    [few] { $count } رسائل بانتظار الإرسال
    [many] { $count } رسالةً بانتظار الإرسال
   *[other] { $count } رسالة بانتظار الإرسال
}
invitations-mail-count-failed = { $count ->
    [zero] لا رسائل تعذّر إرسالها
    [one] رسالة واحدة تعذّر إرسالها
    [two] رسالتان تعذّر إرسالهما
    [few] { $count } رسائل تعذّر إرسالها
    [many] { $count } رسالةً تعذّر إرسالها
   *[other] { $count } رسالة تعذّر إرسالها
}
invitations-mail-count-no-address = { $count ->
    [zero] لا أحد من دون عنوان بريد إلكتروني
    [one] شخص واحد من دون عنوان بريد إلكتروني
    [two] شخصان من دون عنوان بريد إلكتروني
    [few] { $count } أشخاص من دون عنوان بريد إلكتروني
    [many] { $count } شخصًا من دون عنوان بريد إلكتروني
   *[other] { $count } شخص من دون عنوان بريد إلكتروني
}
invitations-mail-sent = أُرسلت بالبريد الإلكتروني إلى { $address }
invitations-mail-failed = لم تُرسل إلى { $address }: { $reply }
invitations-mail-retrying = جارٍ إعادة محاولة الإرسال إلى { $address } ({ $reply })
invitations-mail-waiting = جارٍ الإرسال إلى { $address }
invitations-mail-queued = { $count ->
    [0] لا توجد دعوات لإرسالها: فكل من اخترتهم إما أن رسالة في طريقها إليه بالفعل، وإما أنه ليس له عنوان.
    [one] جارٍ إرسال دعوة واحدة.
    [two] جارٍ إرسال دعوتين.
    [few] جارٍ إرسال { $count } دعوات.
    [many] جارٍ إرسال { $count } دعوةً.
   *[other] جارٍ إرسال { $count } دعوة.
}
invitations-mail-repeated = كانت هذه الدعوات في طريقها إلى أصحابها بالفعل: لم يُرسل أي شيء مرتين.
invitations-mail-off = لم يُضبط أي خادم بريد، لذا لا يمكن إرسال الدعوات بالبريد الإلكتروني: يُرجى طباعة بطاقات الأسماء بدلًا من ذلك. ولإرسالها بالبريد الإلكتروني، أضف ما يلي إلى ملف الإعدادات (أو استخدم الخيارين --smtp-url و --smtp-from):
invitations-mail-off-credentials = يوضع اسم المستخدم وكلمة المرور في متغيّرَي البيئة CONVENE_SMTP_USER و CONVENE_SMTP_PASSWORD، وليس في الملف أبدًا. ثم أعد تشغيل convene.
invitations-wording = نص رسالة البريد الإلكتروني
invitations-wording-language = اللغة
invitations-wording-show = عرض
invitations-wording-subject = الموضوع
invitations-wording-body = الرسالة
invitations-wording-help = تُستبدل هذه العناصر بما يخصّ كل شخص: {"{"}name{"}"}، {"{"}consultation{"}"}، {"{"}dates{"}"}، {"{"}place{"}"}، {"{"}link{"}"} (وهو إلزامي). يظهر رمز QR أسفل الرسالة. وللعودة إلى نص convene الافتراضي، احفظ النص فارغًا.
invitation-mail-subject = دعوتك: {"{"}consultation{"}"}
invitation-mail-body =
    عزيزي/عزيزتي {"{"}name{"}"}،

    أنت مدعو/ة إلى {"{"}consultation{"}"}، {"{"}dates{"}"}، في {"{"}place{"}"}.

    يُرجى فتح هذا الرابط الشخصي لتسجيل الدخول (يعمل مرة واحدة فقط، على جهاز واحد؛ فلا تشاركه مع أحد):
    {"{"}link{"}"}

    يمكنك أيضًا مسح رمز QR أدناه بكاميرا هاتفك. ستجد هناك البرنامج والمشاركين والمشاركات والمساحة المفتوحة.
invitation-mail-qr = رمز QR لرابط تسجيل الدخول الخاص بك
error-mail-not-configured = لم يُضبط أي خادم بريد: يُرجى طباعة بطاقات الأسماء بدلًا من ذلك.
error-mail-form-key = هذا النموذج قديم: يُرجى إعادة تحميل الصفحة والإرسال مرة أخرى.
error-mail-no-subject = يجب أن يكون لرسالة البريد الإلكتروني موضوع.
error-mail-no-link = يجب أن تحتوي الرسالة على {"{"}link{"}"}: فمن دونه لا يستطيع أحد تسجيل الدخول.
error-mail-unknown-placeholder = «{"{"}{ $word }{"}"}» ليس عنصرًا يستطيع convene ملأه: يُرجى استخدام {"{"}name{"}"}، {"{"}consultation{"}"}، {"{"}dates{"}"}، {"{"}place{"}"} أو {"{"}link{"}"}.
field-sectors = القطاعات
field-services = الخدمات
expected-two-countries = بلدان مختلفان
import-same-organisation = المنظمة نفسها الواردة في السطر { $first }
import-no-organisations = في الملف سطر عناوين، لكنه لا يضمّ أي منظمة
import-organisation-differs = وُصفت هذه المنظمة بشكل مختلف في السطر { $first }
nav-my = جدولي
remember = حفظ في جدولي
error-remember-yes-no = يُرجى اختيار ما إذا كنت تريد حفظ الجلسة في جدولك أم لا.
my-title = جدولي
my-empty = لا يوجد شيء هنا بعد. يمكنك الضغط على «حفظ في جدولي» في أي جلسة من البرنامج للاحتفاظ بها هنا، وإضافة اسمك إلى طاولات في المساحة المفتوحة؛ أما الجلسات التي تتحدث فيها أو تيسّرها فتظهر هنا تلقائيًا.
my-part-facilitating = أنت ميسِّر/ة
my-part-speaking = أنت متحدث/ة
my-part-remembered = محفوظة
my-part-convening = أنت صاحب/ة الدعوة إلى هذه الطاولة
my-part-signed-up = طاولتك
my-part-waiting = في قائمة انتظار مقعد (ترتيبك { $place })
my-calendar = في تقويمك
my-calendar-body = يُرجى الاشتراك في هذا العنوان من تطبيق التقويم في هاتفك: سيتتبّع كل تغيير في جدولك، كما يفعل تقويم البرنامج.
my-calendar-subscribe = الاشتراك في تقويمي
my-calendar-address = عنوان تقويمك
my-calendar-private = هذا العنوان خاص بك وحدك: كل من لديه هذا العنوان يرى جدولك. وإذا كان من الممكن أن يكون لدى شخص آخر، فأنشئ عنوانًا جديدًا؛ فيتوقّف العنوان القديم عن العمل.
my-calendar-reset = إنشاء عنوان جديد

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = العمل المنزلي
sector-sex-work = العمل الجنسي
sector-construction = البناء والتشييد
sector-agriculture = الزراعة
sector-fishing = صيد الأسماك
sector-manufacturing = الصناعة التحويلية
sector-hospitality = الفنادق والمطاعم
sector-care-work = أعمال الرعاية
sector-entertainment = الترفيه
service-legal-aid = المساعدة القانونية
service-shelter = الإيواء
service-hotline = الخط الساخن
service-pre-departure-information = معلومات ما قبل السفر
service-outreach = التواصل الميداني
service-counselling = الإرشاد النفسي
service-health-care = الرعاية الصحية
service-reintegration = إعادة الإدماج
service-organising = التنظيم النقابي
service-advocacy = المناصرة
service-research = الأبحاث

## Tables from the corridors (issue 24)
corridor-tables-link = طاولات من ممرات الهجرة
corridor-tables-title = طاولات من ممرات الهجرة
corridor-tables-intro = يمكن لكل ممر هجرة توجد منظمة عند كلٍّ من طرفيه أن يصبح طاولة تلتقي عليها هذه المنظمات: منظمات البلد الذي يغادره الناس ومنظمات البلد الذي يتوجّهون إليه. يُرجى تحديد الطاولات المراد اقتراحها على لوحة المساحة المفتوحة؛ فتُسجَّل المنظمات على أنها مهتمة، ويمكن بعد ذلك لأي شخص أن يدعو إليها.
corridor-tables-empty = لا يوجد بعد أي ممر توجد منظمة عند كلٍّ من طرفيه. يُرجى إضافة ممرات إلى المنظمات (الدليل ← المنظمات)، أو استيرادها مع قائمة المنظمات.
corridor-tables-origin = في بلد المنشأ:
corridor-tables-destination = في بلد المقصد:
corridor-tables-elsewhere = منظمات أخرى:
corridor-tables-on-board = على اللوحة
corridor-tables-publish = اقتراح هذه الطاولات على اللوحة
corridor-tables-none-chosen = يُرجى تحديد طاولة واحدة على الأقل لاقتراحها.
corridor-tables-added = { $count ->
    [0] لم تُضَف أي طاولة.
    [zero] لم تُضَف أي طاولة.
    [one] أُضيفت طاولة واحدة إلى اللوحة.
    [two] أُضيفت طاولتان إلى اللوحة.
    [few] أُضيفت { $count } طاولات إلى اللوحة.
    [many] أُضيفت { $count } طاولةً إلى اللوحة.
   *[other] أُضيفت { $count } طاولة إلى اللوحة.
}
corridor-tables-already = { $count ->
    [0] {""}
    [zero] {""}
    [one] وكانت طاولة واحدة على اللوحة من قبل.
    [two] وكانت طاولتان على اللوحة من قبل.
    [few] وكانت { $count } طاولات على اللوحة من قبل.
    [many] وكانت { $count } طاولةً على اللوحة من قبل.
   *[other] وكانت { $count } طاولة على اللوحة من قبل.
}
corridor-table-description = المنظمات في بلد المنشأ: { $origin }. وفي بلد المقصد: { $destination }.
region-northern-africa = شمال أفريقيا
region-eastern-africa = شرق أفريقيا
region-middle-africa = وسط أفريقيا
region-southern-africa = الجنوب الأفريقي
region-western-africa = غرب أفريقيا
region-caribbean = منطقة البحر الكاريبي
region-central-america = أمريكا الوسطى
region-south-america = أمريكا الجنوبية
region-northern-america = أمريكا الشمالية
region-central-asia = آسيا الوسطى
region-eastern-asia = شرق آسيا
region-south-eastern-asia = جنوب شرق آسيا
region-southern-asia = جنوب آسيا
region-western-asia = غرب آسيا
region-eastern-europe = أوروبا الشرقية
region-northern-europe = أوروبا الشمالية
region-southern-europe = أوروبا الجنوبية
region-western-europe = أوروبا الغربية
region-australia-new-zealand = أستراليا ونيوزيلندا
region-melanesia = ميلانيزيا
region-micronesia = ميكرونيزيا
region-polynesia = بولينيزيا
region-antarctica = أنتاركتيكا
region-elsewhere = أماكن أخرى

## Questionnaires
questionnaires-title = الاستبيانات
questionnaires-none = لا يوجد أي استبيان مفتوح.
questionnaire-new = استبيان جديد
questionnaire-title-field = العنوان
questionnaire-create = إنشاء الاستبيان وإضافة الأسئلة
questionnaire-anonymous = من دون أسماء (مثل استبيان التقييم)
questionnaire-anonymous-help = لا تُحفظ هوية أي شخص مع الإجابات، لذا لا يمكن تغييرها بعد إرسالها. ويمكن لكل شخص الإجابة مرة واحدة فقط.
questionnaire-anonymous-short = من دون أسماء
questionnaire-anonymous-note = استبيان من دون أسماء: لا يُحفظ اسمك مع إجاباتك.
questionnaire-anonymity-fixed = سبق أن أجاب بعض الأشخاص عن الاستبيان، لذا لم يعد من الممكن تغيير كونه من دون أسماء أو بأسماء.
questionnaire-question-count = { $count ->
    [zero] لا توجد أي أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
questionnaire-response-count = { $count ->
    [0] لا إجابات بعد
    [zero] لا إجابات بعد
    [one] أجاب شخص واحد
    [two] أجاب شخصان
    [few] أجاب { $count } أشخاص
    [many] أجاب { $count } شخصًا
   *[other] أجاب { $count } شخص
}
questionnaire-answer = الإجابة
questionnaire-change-answers = تغيير إجاباتي
questionnaire-answered = تمّت الإجابة
questionnaire-open = مفتوح
questionnaire-open-until = مفتوح حتى { $at }
questionnaire-opens = يُفتح في { $at }
questionnaire-closed-label = مُغلق
questionnaire-closed = هذا الاستبيان مُغلق: لم يعد من الممكن إرسال الإجابات أو تغييرها.
questionnaire-answered-already = لقد أجبت من قبل عن هذا الاستبيان الذي لا تُحفظ فيه الأسماء. شكرًا لك.
questionnaire-preview = عرض الاستبيان كما يراه المشاركون والمشاركات
questionnaire-settings = العنوان والمواعيد وإخفاء الأسماء
questionnaire-opens-field = موعد الفتح (اختياري)
questionnaire-closes-field = موعد الإغلاق (اختياري)
questionnaire-bad-time = «{ $value }» ليس تاريخًا ووقتًا.
questionnaire-closes-before-opening = يجب أن يكون موعد إغلاق الاستبيان بعد موعد فتحه.
questionnaire-saved = تمّ الحفظ.
questionnaire-questions = الأسئلة
questionnaire-no-questions = لا توجد أسئلة بعد: يُرجى إضافة السؤال الأول أدناه. يظهر الاستبيان للمشاركين والمشاركات بمجرد أن يضمّ سؤالًا واحدًا.
questionnaire-too-many-questions = الحدّ الأقصى لعدد الأسئلة في الاستبيان هو { $max }.
questionnaire-title-needed = يُرجى كتابة العنوان باللغة الأولى للمشاورة: { $lang }.
questionnaire-text-too-long = أحد النصوص يتجاوز الحدّ الأقصى لعدد الأحرف ({ $max }).
questionnaire-text-nul = يحتوي أحد النصوص على رمز NUL.
questionnaire-thanks = شكرًا لك: تمّ حفظ إجاباتك. ويمكنك تغييرها إلى أن يُغلق الاستبيان.
questionnaire-thanks-anonymous = شكرًا لك: تمّ حفظ إجاباتك من دون اسمك.
questionnaire-fix-answers = بعض الإجابات تحتاج إلى مراجعتك: يُرجى الاطّلاع على الرسائل أدناه.
questionnaire-editing = لقد أجبت من قبل؛ يمكنك تغيير ما تريد ثم الحفظ مرة أخرى.
questionnaire-send = إرسال إجاباتي
questionnaire-save-changes = حفظ تعديلاتي
question-add = إضافة السؤال
question-edit = تعديل هذا السؤال
question-delete = حذف
question-move-up = نقل إلى الأعلى
question-move-down = نقل إلى الأسفل
question-text = السؤال
question-kind = نوع الإجابة
question-kind-short = نص قصير
question-kind-long = نص طويل
question-kind-single = خيار واحد
question-kind-multiple = عدة خيارات
question-kind-countries = البلدان
question-kind-scale = مقياس من 1 إلى 5
question-kind-yes_no = نعم أو لا
question-kind-unknown = نوع السؤال «{ $value }» غير معروف.
question-choices = الخيارات، خيار في كل سطر
question-choices-help = لنوعَي «خيار واحد» و«عدة خيارات» فقط. تُكتب الترجمات بالترتيب نفسه، ترجمة في كل سطر.
question-required = إلزامي
question-shared = الإجابات متاحة للمشاركين والمشاركات
question-shared-field = يمكن لكل من سجّل الدخول قراءة الإجابات (وإلا فلا يقرؤها إلا فريق التنظيم)
question-suggests-topics = يقترح مواضيع
question-suggests-topics-field = تجميع الإجابات في مواضيع مقترحة للمساحة المفتوحة
question-text-needed = يُرجى كتابة السؤال باللغة الأولى للمشاورة: { $lang }.
question-duplicate = السؤال «{ $text }» موجود في الاستبيان من قبل.
question-choices-count = يُرجى إدخال عدد من الخيارات بين 2 و{ $max }، خيار في كل سطر.
question-choice-needed = يجب أن يكون لكل خيار نصّ باللغة التالية: { $lang }.
question-choice-twice = الخيار «{ $choice }» مكرّر.
question-suggests-needs-text = لا يمكن اقتراح مواضيع إلا من إجابات النص القصير أو النص الطويل.
answer-required = يُرجى الإجابة عن هذا السؤال.
answer-invalid = «{ $value }» ليس من الإجابات الممكنة.
answer-too-long = الإجابة تتجاوز الحدّ الأقصى لعدد الأحرف ({ $max }).
answer-one-choice = يُرجى اختيار إجابة واحدة فقط.
answer-yes = نعم
answer-no = لا
answer-countries-help = لاختيار عدة بلدان: الضغط مع الاستمرار على مفتاح Ctrl (أو ⌘).
scale-1 = 1 – لا على الإطلاق
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – إلى حدّ كبير جدًا

## Results
results-title = النتائج
results-responses = عدد من أجابوا: { $count }
results-answered = عدد من أجابوا عنه: { $count }
results-fewer-than-3 = أقل من 3
results-small-counts = تظهر الأعداد الأقل من 3 بعبارة «أقل من 3»، كي لا تدلّ إجابة نادرة على شخص بعينه.
results-csv = تنزيل النتائج (CSV)
results-csv-question = السؤال
results-csv-answer = الإجابة
results-csv-count = العدد
results-csv-organisation = المنظمة
results-csv-language = اللغة

## Topic suggestions
suggestions-title = اقتراحات المواضيع
suggestions-intro = تُجمَّع الإجابات التي تتناول الموضوع نفسه، أيًّا كانت لغتها. يمكنك إعادة تسمية المجموعات أو دمجها أو تقسيمها أو استبعادها، ثم نشرها على لوحة المساحة المفتوحة بوصفها مواضيع مقترحة، مع تسجيل منظمات من أجابوا على أنها مهتمة.
suggestions-no-question = لا يوجد في هذا الاستبيان أي سؤال يقترح مواضيع. يُرجى تحديد سؤال بالخيار «تجميع الإجابات في مواضيع مقترحة» في الاستبيان.
suggestions-no-model-help = نموذج المواضيع غير مثبَّت على هذا الخادم، لذا لا يمكن تجميع الإجابات. يُرجى ضبط CONVENE_MODEL على الملف e5-small-q4.bin (انظر ملف README).
suggestions-no-model = نموذج المواضيع غير متاح: { $why }
suggestions-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
}
suggestions-waiting = { $count ->
    [zero] لا توجد أي إجابة قيد القراءة
    [one] إجابة واحدة لا تزال قيد القراءة
    [two] إجابتان لا تزالان قيد القراءة
    [few] { $count } إجابات لا تزال قيد القراءة
    [many] { $count } إجابةً لا تزال قيد القراءة
   *[other] { $count } إجابة لا تزال قيد القراءة
}
suggestions-group = تجميع الإجابات
suggestions-regroup = إعادة التجميع (تبقى الاقتراحات المنشورة كما هي)
suggestions-done = تمّ.
suggestion-on-board = على اللوحة
suggestion-organisations = الجهات المهتمة: { $organisations }
suggestion-publish = النشر على اللوحة
suggestion-drop = استبعاد
suggestion-curate = إعادة التسمية أو الدمج أو التقسيم
suggestion-title = العنوان
suggestion-rename = إعادة التسمية
suggestion-merge-into = الدمج في
suggestion-merge = دمج
suggestion-merge-choose = يُرجى اختيار الاقتراح المراد الدمج فيه.
suggestion-split-answers = الإجابات المراد نقلها إلى اقتراح جديد
suggestion-new-title = عنوان الاقتراح الجديد
suggestion-split = تقسيم
suggestion-title-needed = يحتاج الاقتراح إلى عنوان لا يتجاوز عدد أحرفه { $max }.
suggestion-split-some = يُرجى اختيار بعض الإجابات، لا كلها، لفصلها في اقتراح جديد.
suggestion-published-already = هذا الاقتراح موجود على اللوحة من قبل.
suggestion-action-unknown = الإجراء «{ $value }» غير معروف.
suggestion-topic-interested = مُقترَح من الاستبيان. الجهات المهتمة: { $organisations }
questionnaire-translations = الترجمات إلى اللغات الأخرى
my-questionnaire-waiting = الاستبيان «{ $title }» بانتظار إجاباتكم.

## Importing answers
import-answers-title = استيراد الإجابات من أداة استمارات أخرى
import-answers-file = ملف CSV يضمّ الإجابات
import-answers-check = فحص الملف
import-answers-choose-file = يُرجى اختيار ملف CSV يضمّ الإجابات.
import-answers-failed = لم يُستورد الملف؛ ولم يُحفظ أي شيء
import-answers-preview = لم يُحفظ أي شيء بعد: يُرجى التحقق من طريقة قراءة الملف
import-answers-done = تمّ استيراد الإجابات
import-answers-apply = استيراد هذه الإجابات
import-answers-rows = { $count ->
    [zero] لا توجد صفوف إجابات.
    [one] صف واحد من الإجابات.
    [two] صفّان من الإجابات.
    [few] { $count } صفوف من الإجابات.
    [many] { $count } صفًّا من الإجابات.
   *[other] { $count } صف من الإجابات.
}
import-answers-matched = { $count ->
    [0] لا يطابق أي صف أحد المشاركين أو المشاركات.
    [zero] لا يطابق أي صف أحد المشاركين أو المشاركات.
    [one] صف واحد يطابق أحد المشاركين أو المشاركات؛ وتُستبدَل الإجابات السابقة لهذا الشخص.
    [two] صفّان يطابقان مشاركين أو مشاركات؛ وتُستبدَل الإجابات السابقة لهذين الشخصين.
    [few] { $count } صفوف تطابق مشاركين ومشاركات؛ وتُستبدَل الإجابات السابقة لهؤلاء الأشخاص.
    [many] { $count } صفًّا تطابق مشاركين ومشاركات؛ وتُستبدَل الإجابات السابقة لهؤلاء الأشخاص.
   *[other] { $count } صف تطابق مشاركين ومشاركات؛ وتُستبدَل الإجابات السابقة لهؤلاء الأشخاص.
}
import-answers-column = العمود
import-answers-read-as = يُقرأ على أنه
import-answers-column-email = عنوان البريد الإلكتروني للشخص
import-answers-column-name = اسم الشخص
import-answers-column-not-read = لم يُقرأ
import-answers-unmatched = لا تطابق هذه الصفوف أي شخص في الدليل؛ وتُحفظ إجاباتها من دون ربطها بأي شخص:
import-answers-line = السطر { $line }
import-answers-format = سطر عناوين يضمّ نصوص الأسئلة، بأي لغة من لغات الاستبيان، ثم صف لكل شخص، على النحو الذي تصدّره Google Forms أو KoboToolbox أو LimeSurvey. ويُستخدم عمود «email» (البريد الإلكتروني) أو «name» (الاسم) لمطابقة الأشخاص في الدليل. وإذا ضمّت خانة واحدة عدة خيارات، يُفصل بينها بفواصل أو فواصل منقوطة. تفصل بين خانات الملف فواصل (,) أو فواصل منقوطة (;)، وترميزه UTF-8 مع BOM أو من دونه؛ ولا يُحفظ أي شيء إذا كان في أي صف خطأ.
import-answers-no-question-column = لا يطابق أي عمود سؤالًا من أسئلة هذا الاستبيان. الأعمدة الموجودة هي: { $found }
import-answers-person-twice = سبق أن وردت إجابات { $who } في السطر { $line }.
import-answers-empty = لا يضمّ الملف أي صف من الإجابات.
