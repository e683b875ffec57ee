# คำแปลภาษาไทย อ้างอิงจาก locales/en/main.ftl

site-name = convene
skip-to-content = ข้ามไปยังเนื้อหา
nav-now = ตอนนี้และถัดไป
nav-program = กำหนดการ
nav-main = เมนูหลัก
language-switch = ภาษาของหน้า
language-group-consultation = ภาษาของการประชุมหารือนี้
language-group-all = ทุกภาษา
filter-language = ภาษาของข้อความ
filter-all-languages = ทุกภาษา
demo-banner = ข้อมูลตัวอย่าง: การประชุมหารือนี้สร้างจากวาระการประชุมจริง แต่วันที่เป็นวันที่สมมติขึ้น
footer-time-zone = เวลาที่แสดงทั้งหมดเป็นเวลาตามเขตเวลา { $zone }

now-title = ตอนนี้และถัดไป
now-running = กำลังดำเนินอยู่
now-next = ลำดับถัดไป
now-nothing-running = ขณะนี้ไม่มีช่วงการประชุมใดกำลังดำเนินอยู่
now-before = การประชุมหารือจะเริ่มต้นเมื่อ { $date }
now-after = การประชุมหารือสิ้นสุดลงแล้ว ขอบคุณที่ร่วมเป็นส่วนหนึ่งของการประชุม
now-see-program = ดูกำหนดการทั้งหมด

program-title = กำหนดการ
program-days = วัน
program-day-empty = ไม่มีกิจกรรมในวันนี้
program-day-label = วันที่ { $number }

session-kind-plenary = การประชุมใหญ่
session-kind-facilitated-discussion = วงอภิปรายที่มีผู้ดำเนินรายการ
session-kind-open-space = พื้นที่เปิด (Open Space)
session-kind-break = พัก
session-kind-other = ช่วงการประชุม

session-when = เวลา
session-where = สถานที่
session-languages = ภาษา
session-interpretation = มีล่ามแปลเป็นภาษา
session-facilitators = ผู้ดำเนินรายการ
session-speakers = วิทยากร
session-panelists = ผู้ร่วมอภิปราย
session-about = เกี่ยวกับช่วงการประชุมนี้
session-topics = หัวข้อสำหรับพื้นที่เปิด
session-topics-intro = หัวข้อเหล่านี้อาจเป็นที่สนใจ โดยอ้างอิงจากแบบสอบถาม และจะมีการเสนอหัวข้อเพิ่มเติมในที่ประชุม
session-topic-suggested = หัวข้อที่แนะนำ
session-topic-proposed = เสนอโดย { $organisation }
session-topic-interested = องค์กรที่สนใจ: { $organisations }
session-back = กลับไปที่กำหนดการ
session-now = กำลังดำเนินอยู่
session-more-people = { $count ->
   *[other] และอีก { $count } คน
}

empty-title = ยังไม่มีการประชุมหารือ
empty-body = เซิร์ฟเวอร์นี้ยังไม่มีการประชุมหารือ ผู้จัดงานสามารถโหลดข้อมูลตัวอย่างได้ด้วยคำสั่ง “convene demo” หรือเริ่มเซิร์ฟเวอร์ด้วยคำสั่ง “convene serve --demo”

error-not-found-title = ไม่พบหน้านี้
error-not-found-body = ไม่มีเนื้อหาที่ที่อยู่นี้ หน้านี้อาจถูกลบไปแล้ว หรือลิงก์อาจไม่สมบูรณ์
error-internal-title = เกิดข้อผิดพลาดบางอย่าง
error-internal-body = เซิร์ฟเวอร์ไม่สามารถตอบสนองคำขอนี้ได้ โปรดลองใหม่อีกครั้งในอีกสักครู่
error-cannot-save-title = ขณะนี้เซิร์ฟเวอร์ไม่สามารถบันทึกข้อมูลได้
error-home = ไปที่หน้าแรก


nav-directory = ทำเนียบรายชื่อ

directory-title = ทำเนียบรายชื่อ
directory-people = บุคคล
directory-organisations = องค์กร
directory-corridors = เส้นทางการย้ายถิ่น
directory-tabs = หมวดของทำเนียบรายชื่อ
directory-search = ค้นหาตามชื่อ
directory-country = ประเทศ
directory-sector = ภาคส่วนงาน
directory-language = ภาษา
directory-corridor = เส้นทางการย้ายถิ่น
directory-any = ทั้งหมด
directory-apply = กรอง
directory-clear = ล้างตัวกรอง
directory-count-people = { $count ->
   *[other] { $count } คน
}
directory-count-organisations = { $count ->
   *[other] { $count } องค์กร
}
directory-none = ไม่มีบุคคลที่ตรงกับตัวกรองเหล่านี้
directory-none-organisations = ไม่มีองค์กรที่ตรงกับตัวกรองเหล่านี้
directory-visibility-organisers = เฉพาะผู้จัดงาน
directory-visibility-hidden = ซ่อนไว้
directory-visibility-listed = แสดงในรายชื่อ
directory-role-organiser = ผู้จัดงาน
directory-role-facilitator = ผู้ดำเนินรายการ
directory-role-participant = ผู้เข้าร่วม

organisation-website = เว็บไซต์
organisation-sectors = ภาคส่วนงาน
organisation-services = บริการ
organisation-languages = ภาษา
organisation-corridors = เส้นทางการย้ายถิ่น
organisation-people = บุคคล
organisation-sessions = ร่วมพูดในช่วงการประชุม
organisation-no-people = ไม่มีบุคคลจากองค์กรนี้แสดงอยู่ในรายชื่อ

corridors-intro = เส้นทางการย้ายถิ่นเชื่อมโยงประเทศต้นทางกับประเทศปลายทาง องค์กรที่ทำงานอยู่ทั้งสองฝั่งของเส้นทางเดียวกันสามารถส่งต่อผู้ที่ต้องการความช่วยเหลือถึงกันได้
corridors-present = เส้นทางการย้ายถิ่นของผู้เข้าร่วม
corridors-count = { $count ->
   *[other] { $count } องค์กร
}
corridors-origin = จาก (ประเทศต้นทาง)
corridors-destination = ไปยัง (ประเทศปลายทาง)
corridors-show = แสดง
corridors-origin-end = ฝั่งต้นทาง: { $country }
corridors-destination-end = ฝั่งปลายทาง: { $country }
corridors-elsewhere = องค์กรอื่นที่ทำงานเกี่ยวกับเส้นทางนี้ด้วย
corridors-nobody = ยังไม่มีองค์กรในส่วนนี้
corridors-none = ไม่มีองค์กรใดในกลุ่มผู้เข้าร่วมที่ทำงานเกี่ยวกับเส้นทางการย้ายถิ่นนี้

error-bad-request-title = ไม่สามารถดำเนินการตามคำขอนี้ได้

import-too-large = ไฟล์มีขนาดใหญ่เกินไป: นำเข้าได้ไม่เกิน { $megabytes } MB
import-title = นำเข้ารายชื่อผู้เข้าร่วม
import-link = นำเข้ารายชื่อผู้เข้าร่วมจากสเปรดชีต
import-file = รายชื่อผู้เข้าร่วม (ไฟล์ CSV)
import-submit = นำเข้า
import-failed = ไม่มีข้อมูลใดถูกนำเข้า โปรดแก้ไขแถวต่อไปนี้แล้วลองอีกครั้ง:
import-no-file = โปรดเลือกไฟล์ CSV ที่จะนำเข้า
import-done-new = { $count ->
   *[other] เพิ่มบุคคลใหม่ { $count } คน
}
import-done-updated = { $count ->
   *[other] อัปเดตข้อมูล { $count } คน
}
import-done-organisations = { $count ->
   *[other] และสร้างองค์กรใหม่ { $count } องค์กร
}
import-ignored = คอลัมน์ที่ไม่ได้อ่าน:
import-see = ดูรายชื่อบุคคล
import-format = รูปแบบไฟล์
import-format-body = สเปรดชีตที่บันทึกเป็นไฟล์ CSV (UTF-8) คั่นด้วยเครื่องหมายจุลภาค (,) หรืออัฒภาค (;) บรรทัดแรกระบุชื่อคอลัมน์ เรียงลำดับอย่างไรก็ได้ โดยมีเพียงคอลัมน์ "name" ที่จำเป็นต้องมี ระบบจะนำเข้าทั้งไฟล์ หรือไม่นำเข้าเลย หากนำเข้าไฟล์เดิมอีกครั้ง ระบบจะอัปเดตข้อมูลบุคคลแทนการเพิ่มซ้ำ
import-col-name = ชื่อที่จะแสดง ใช้นามแฝงได้
import-col-organisation = จับคู่ตามชื่อหรือชื่อย่อขององค์กร หากไม่พบจะสร้างองค์กรใหม่
import-col-country = รหัส ISO 3166 (เช่น AR) หรือชื่อประเทศภาษาอังกฤษ (เช่น Argentina)
import-col-role = organiser (ผู้จัดงาน), facilitator (ผู้ดำเนินรายการ) หรือ participant (ผู้เข้าร่วม ซึ่งเป็นค่าเริ่มต้น)
import-col-languages = รหัส ISO 639-1 คั่นด้วยการเว้นวรรคหรือเครื่องหมาย | เช่น "es|en"
import-col-email = ไม่บังคับ ใช้เพื่อระบุตัวบุคคลเดียวกันเมื่อมีการนำเข้าครั้งต่อไป
import-col-visibility = listed (แสดงให้ผู้เข้าร่วมเห็น), organisers (เฉพาะผู้จัดงานเท่านั้น ซึ่งเป็นค่าเริ่มต้น) หรือ hidden (ซ่อนไว้)

export-title = ดาวน์โหลด
export-ical = ติดตามในปฏิทินของคุณ (iCal)
export-frab-xml = กำหนดการสำหรับแอปการประชุม (frab XML)
export-frab-json = กำหนดการในรูปแบบ frab JSON
export-session-ical = เพิ่มลงในปฏิทินของฉัน
export-people-csv = รายชื่อบุคคลในรูปแบบสเปรดชีต (CSV)
export-organisations-csv = รายชื่อองค์กรในรูปแบบสเปรดชีต (CSV)
export-hsds = ข้อมูลองค์กรสำหรับเครื่องมือส่งต่อผู้รับบริการ (Open Referral HSDS, zip)

nav-account = บัญชี
signin-title = เข้าสู่ระบบ
signin-intro = การประชุมหารือนี้เป็นแบบส่วนตัว ผู้เข้าร่วมเข้าสู่ระบบด้วยลิงก์ส่วนตัวหรือ QR code ที่ได้รับจากผู้จัดงาน เช่น ที่พิมพ์อยู่บนป้ายชื่อ
signin-how = เปิดลิงก์ของคุณบนอุปกรณ์นี้ หรือใช้กล้องโทรศัพท์สแกน QR code บนป้ายชื่อของคุณ
signin-confirm = คุณกำลังเข้าสู่ระบบในชื่อ { $name }
signin-button = เข้าสู่ระบบ
signin-invalid-title = ลิงก์เข้าสู่ระบบนี้ใช้ไม่ได้
signin-invalid-body = ลิงก์นี้อาจถูกใช้ไปแล้ว ถูกแทนที่ด้วยลิงก์ใหม่ หรือหมดอายุแล้ว โปรดขอลิงก์ใหม่จากผู้จัดงาน
account-title = บัญชีของคุณ
account-signed-in-as = คุณเข้าสู่ระบบในชื่อ { $name }
account-signout = ออกจากระบบ
account-signout-everywhere = ออกจากระบบในทุกอุปกรณ์
account-audit = บันทึกการดำเนินการของผู้จัดงาน
audit-title = บันทึกการตรวจสอบ
audit-when = เวลา
audit-who = ผู้ดำเนินการ
audit-what = การดำเนินการ
audit-detail = รายละเอียด
audit-empty = ยังไม่มีการบันทึกการดำเนินการของผู้จัดงาน
error-forbidden-title = คุณไม่มีสิทธิ์เข้าถึงหน้านี้

invitations-title = คำเชิญ
invitations-intro = แต่ละคนเข้าสู่ระบบด้วยลิงก์ส่วนตัว ซึ่งพิมพ์เป็น QR code ไว้บนป้ายชื่อ ลิงก์แต่ละลิงก์ใช้ได้เพียงครั้งเดียว และการสร้างลิงก์ใหม่จะยกเลิกลิงก์เดิม ลิงก์จะแสดงเฉพาะตอนที่สร้างเท่านั้น ดังนั้นโปรดพิมพ์ป้ายชื่อทันทีในตอนนั้น
invitations-all = สร้างป้ายชื่อให้ทุกคนที่ยังไม่ได้รับคำเชิญ
invitations-person = บุคคล
invitations-status = สถานะ
invitations-actions = การดำเนินการ
invitations-new-link = ลิงก์ใหม่
invitations-revoke = เพิกถอนสิทธิ์เข้าถึง
invitations-signed-in = เข้าสู่ระบบแล้ว
invitations-invited = เชิญแล้ว แต่ยังไม่ได้ใช้ลิงก์
invitations-none = ยังไม่ได้เชิญ
badges-title = ป้ายชื่อ
badges-intro = โปรดพิมพ์หน้านี้ทันที (พิมพ์ได้หลายป้ายต่อกระดาษ A4 หนึ่งแผ่น) เพราะลิงก์จะไม่แสดงอีก QR code แต่ละอันใช้เข้าสู่ระบบให้เจ้าของป้ายได้เพียงครั้งเดียว
badges-qr = QR code ของลิงก์เข้าสู่ระบบส่วนตัว
account-invitations = คำเชิญและป้ายชื่อ
account-saved = บันทึกแล้ว
account-name = ชื่อที่ผู้อื่นเห็น (ใช้นามแฝงได้)
account-visibility = ใครบ้างที่เห็นคุณในทำเนียบรายชื่อ
account-visibility-listed = ผู้เข้าร่วมทุกคน
account-visibility-organisers = เฉพาะผู้จัดงาน
account-visibility-hidden = ไม่มีใครเห็น (ซ่อนจากรายชื่อทุกรายการ)
account-languages = ภาษาที่คุณพูดได้
account-languages-add = เพิ่มภาษา
account-languages-hint = เอาเครื่องหมายถูกออกเพื่อลบภาษานั้น
account-save = บันทึกข้อมูลของฉัน
account-program-save = บันทึกการตั้งค่ากำหนดการ
account-my-data = ดาวน์โหลดข้อมูลทั้งหมดที่ระบบเก็บไว้เกี่ยวกับคุณ (JSON)
erase-confirm = แน่ใจ
erase-button = ลบข้อมูล
erase-unconfirmed = โปรดทำเครื่องหมายที่ช่อง "แน่ใจ" เพื่อยืนยันการลบข้อมูล
erase-self = คุณไม่สามารถลบข้อมูลของตัวเองได้ขณะที่เข้าสู่ระบบอยู่ โปรดขอให้ผู้จัดงานคนอื่นดำเนินการ
quick-exit = ออกด่วน
account-program-visibility = กำหนดการ
account-program-public = ทุกคนที่มีที่อยู่เว็บสามารถอ่านกำหนดการได้ (ช่วงการประชุม เวลา และวิทยากรที่แสดงในรายชื่อ) ส่วนทำเนียบรายชื่อต้องเข้าสู่ระบบก่อนเสมอ
error-conflict-title = ไม่สามารถดำเนินการนี้ได้ในขณะนี้
signin-confirm-screen = อุปกรณ์นี้จะกลายเป็นจอแสดงผล “{ $name }”: แสดงกำหนดการและกระดานต่าง ๆ โดยไม่มีข้อมูลส่วนบุคคลใด ๆ
signin-organiser = สำหรับผู้จัดงาน: เข้าสู่ระบบด้วยรหัสผ่าน
signin-name = ชื่อของคุณ
signin-password = รหัสผ่าน
signin-password-refused = ชื่อและรหัสผ่านนี้ไม่ตรงกับผู้จัดงานคนใด ผู้จัดงานที่ไม่มีรหัสผ่านให้เข้าสู่ระบบด้วยลิงก์จากผู้จัดงานคนอื่น หรือจากคำสั่ง “convene admin add”
account-consents = ที่ที่ชื่อของคุณอาจปรากฏ
account-consent-screen = บนจอโปรเจกเตอร์ในห้องประชุม (เช่น เมื่อคุณลงชื่อที่โต๊ะ หรือขอพูด)
account-consent-report = ในรายงานการประชุมหารือ (หากไม่เลือก ความคิดเห็นของคุณจะถูกเก็บไว้โดยไม่ระบุชื่อ)
account-password = รหัสผ่านของคุณ
account-password-set = คุณสามารถเข้าสู่ระบบด้วยชื่อและรหัสผ่านได้ที่หน้าเข้าสู่ระบบ การตั้งรหัสผ่านใหม่จะแทนที่รหัสผ่านเดิม
account-password-none = ตั้งรหัสผ่านเพื่อเข้าสู่ระบบจากหน้าเข้าสู่ระบบได้โดยไม่ต้องใช้ลิงก์
account-password-new = รหัสผ่านใหม่ (อย่างน้อย 12 ตัวอักษร)
account-password-confirm = ใส่รหัสผ่านเดิมอีกครั้ง
account-password-save = บันทึกรหัสผ่าน
account-password-saved = บันทึกรหัสผ่านของคุณแล้ว
account-organising = การจัดงาน
access-title = ผู้จัดงาน จอแสดงผล และระยะเวลาเก็บข้อมูล
access-organisers = ผู้จัดงาน
access-organisers-intro = ผู้จัดงานทุกคนสามารถนำผู้จัดงานคนอื่นออกได้ การประชุมหารือจะต้องมีผู้จัดงานอย่างน้อยหนึ่งคนเสมอ
access-password = รหัสผ่าน
access-password-yes = ตั้งแล้ว
access-password-no = ยังไม่ได้ตั้ง (เข้าสู่ระบบด้วยลิงก์)
access-you = (คุณ)
access-remove = นำออก
access-remove-confirm = นำผู้จัดงานคนนี้ออก และลบข้อมูลส่วนบุคคลของเขา
access-last-organiser = ไม่สามารถนำผู้จัดงานคนสุดท้ายออกได้
access-add-organiser = หากต้องการเพิ่มผู้จัดงาน ให้รันคำสั่ง “convene admin add NAME” บนเซิร์ฟเวอร์ ระบบจะแสดงลิงก์เข้าสู่ระบบที่ใช้ได้ครั้งเดียว
access-screens = จอแสดงผล
access-screens-intro = จอแสดงผลคือการเข้าสู่ระบบแบบอ่านอย่างเดียวสำหรับโปรเจกเตอร์ จะแสดงกำหนดการและกระดานต่าง ๆ และไม่แสดงข้อมูลส่วนบุคคลเลย เปิดลิงก์ด้านล่างบนคอมพิวเตอร์ที่ต่อกับโปรเจกเตอร์ ลิงก์ใช้ได้ครั้งเดียวภายใน 24 ชั่วโมง
access-screen-label = ชื่อจอแสดงผล
access-screen-default = โปรเจกเตอร์ห้องประชุมใหญ่
access-screen-create = สร้างลิงก์สำหรับจอแสดงผล
access-screen-link = เปิดลิงก์นี้บนคอมพิวเตอร์ที่ต่อกับโปรเจกเตอร์ หรือสแกนโค้ดนี้:
access-screens-signout = ออกจากระบบในจอแสดงผลทุกจอ
access-retention = ระยะเวลาเก็บข้อมูล
access-retention-intro = เมื่อถึงวันที่กำหนดนี้ convene จะลบข้อมูลส่วนบุคคลของผู้เข้าร่วม ผู้ดำเนินรายการ และวิทยากรทุกคนโดยอัตโนมัติ ส่วนช่วงการประชุม หัวข้อ และบันทึกการสนทนาจะยังคงอยู่โดยไม่มีชื่อ หากต้องการเก็บข้อมูลไว้จนกว่าคุณจะลบเอง ให้เว้นช่องนี้ว่างไว้
access-retention-date = ลบข้อมูลส่วนบุคคลในวันที่
access-retention-save = บันทึกวันที่ลบข้อมูล
access-retention-done = ข้อมูลส่วนบุคคลถูกลบไปแล้วเมื่อ { $date }
access-done-removed = นำผู้จัดงานออกแล้ว
access-done-screens = ออกจากระบบในจอแสดงผลทุกจอแล้ว
access-done-retention = บันทึกวันที่ลบข้อมูลแล้ว
nav-open-space = พื้นที่เปิด
os-title = พื้นที่เปิด
os-intro = ทุกคนสามารถจัดวงสนทนาได้: เสนอหัวข้อ แล้ววางไว้ที่โต๊ะที่ยังว่าง จากนั้นลงชื่อที่โต๊ะที่คุณต้องการ รอบละหนึ่งโต๊ะ
os-screen-link = มุมมองสำหรับจอโปรเจกเตอร์
os-signups-csv = รายชื่อผู้ลงชื่อทั้งหมด (CSV)
os-propose = เสนอหัวข้อ
os-topic-title = ชื่อหัวข้อ
os-topic-description = หัวข้อนี้เกี่ยวกับอะไร (ไม่บังคับ)
os-topic-language = ภาษา
os-propose-button = เสนอหัวข้อและเป็นผู้จัดวงสนทนา
os-no-setup = ผู้จัดงานยังไม่ได้กำหนดรอบและโต๊ะ แต่คุณสามารถเสนอหัวข้อและทำเครื่องหมายหัวข้อที่คุณสนใจได้แล้ว
os-round-started = เริ่มแล้ว
os-round-ended = จบแล้ว
os-capacity = { $count ->
   *[other] { $count } ที่นั่ง
}
os-free-tables = โต๊ะที่ว่าง: { $tables }
os-unplaced = หัวข้อที่ยังไม่มีโต๊ะ
os-unplaced-intro = ทำเครื่องหมายหัวข้อที่คุณสนใจ จำนวนผู้สนใจจะช่วยให้ผู้จัดวงสนทนาและผู้จัดงานเลือกโต๊ะได้
os-unplaced-none = ทุกหัวข้อมีโต๊ะแล้ว
os-notices-dismiss = รับทราบ
os-convened-by = จัดวงโดย { $name }
os-convened-by-participant = จัดวงโดยผู้เข้าร่วมคนหนึ่ง
os-no-convener = กำลังหาผู้จัดวงสนทนา
os-a-participant = ผู้เข้าร่วมคนหนึ่ง
os-seats = ที่นั่งที่มีคนจองแล้ว
os-waiting = { $count ->
   *[other] รออยู่ { $count } คน
}
os-marks = { $count ->
   *[other] มีผู้สนใจ { $count } คน
}
os-you-are-here = โต๊ะของคุณ
os-leave = ออกจากโต๊ะนี้
os-join = ลงชื่อของฉัน
os-mark = ฉันสนใจ
os-marked = สนใจแล้ว ✓ (ยกเลิก)
os-adopt = เป็นผู้จัดวงสนทนาหัวข้อนี้
os-move-to = ย้ายไปที่
os-place-in = วางที่
os-move = ย้าย
os-place = วาง
os-move-title = ย้ายหัวข้อที่มีคนลงชื่อไว้แล้วใช่หรือไม่
os-move-warning = มีคนลงชื่อไว้ในหัวข้อ “{ $title }” แล้ว
os-move-people = { $count ->
   *[other] ระบบจะแจ้งให้ { $count } คนทราบถึงการย้ายนี้
}
os-move-confirm = ย้ายและแจ้งให้ทุกคนทราบ
os-move-cancel = คงไว้ที่เดิม
os-full-title = โต๊ะนี้เต็มแล้ว
os-full-body = ที่นั่งทั้งหมดของ “{ $title }” มีคนจองแล้ว คุณสามารถรอที่ว่าง (หากมีที่ว่าง ระบบจะย้ายคุณเข้าโต๊ะและแจ้งให้ทราบ) หรือเลือกโต๊ะอื่นในรอบเดียวกันที่ยังมีที่ว่าง
os-wait = รอที่ว่าง
os-waiting-already = คุณกำลังรอที่ว่างที่โต๊ะนี้
os-stop-waiting = เลิกรอ
os-full-room = โต๊ะในรอบนี้ที่ยังมีที่ว่าง
os-full-none = โต๊ะทุกโต๊ะในรอบนี้เต็มแล้ว
os-seats-left = { $count ->
   *[other] เหลือ { $count } ที่นั่ง
}
os-back = กลับไปที่พื้นที่เปิด
os-topic = หัวข้อในพื้นที่เปิด
os-where = สถานที่และเวลา
os-not-placed = ยังไม่มีโต๊ะ
os-convener = ผู้จัดวงสนทนา
os-proposed-by = เสนอโดย
os-interested-orgs = องค์กรที่สนใจ
os-interest = ความสนใจ
os-names = รายชื่อที่โต๊ะนี้
os-names-none = ยังไม่มีใครลงชื่อ
os-names-unlisted = { $count ->
   *[other] และอีก { $count } คนที่ไม่ได้แสดงในทำเนียบรายชื่อ
}
os-notes = บันทึกการสนทนา
os-notes-none = ยังไม่มีบันทึกการสนทนา
os-notes-key-points = ประเด็นสำคัญ
os-notes-proposals = ข้อเสนอ
os-notes-next-steps = ขั้นตอนต่อไป
os-notes-continuing = ผู้ที่ต้องการทำงานต่อ
os-notes-write = เขียนบันทึกการสนทนา
os-notes-language = ภาษาของบันทึกการสนทนา
os-notes-save = บันทึกการเปลี่ยนแปลง
os-note-taker = เพิ่มผู้จดบันทึกจากผู้ที่อยู่ที่โต๊ะ
os-note-taker-add = เพิ่มเป็นผู้จดบันทึก
os-edit = แก้ไข ย้าย หรือถอนหัวข้อนี้
os-edit-save = บันทึกหัวข้อ
os-unplace = นำออกจากกระดาน
os-withdraw = ถอนหัวข้อ
os-withdraw-confirm = ถอนหัวข้อนี้ ระบบจะแจ้งให้ผู้ที่ลงชื่อไว้ทราบ
os-screen-join = ร่วมผ่านโทรศัพท์ของคุณ:
os-setup-title = ตั้งค่าพื้นที่เปิด
os-setup-intro = รอบคือช่วงเวลาย่อยภายในช่วงการประชุมแบบพื้นที่เปิดในกำหนดการ ส่วนพื้นที่คือโต๊ะหรือห้อง ซึ่งแต่ละแห่งมีจำนวนที่นั่งของตัวเอง รอบและพื้นที่รวมกันเป็นช่องต่าง ๆ บนกระดาน
os-rounds = รอบ
os-rounds-none = ยังไม่มีรอบ
os-round-label = ชื่อรอบ
os-round-session = ช่วงการประชุมแบบพื้นที่เปิด
os-round-date = วัน
os-round-start = เวลาเริ่ม
os-round-end = เวลาสิ้นสุด
os-round-add = เพิ่มรอบ
os-spaces = โต๊ะและห้อง
os-spaces-none = ยังไม่มีโต๊ะ
os-space-name = ชื่อ
os-space-capacity = จำนวนที่นั่ง
os-space-languages = ภาษาที่มีล่ามแปล (ไม่บังคับ เช่น "en es")
os-space-add = เพิ่มโต๊ะ
os-space-edit = เปลี่ยนชื่อ จำนวนที่นั่ง หรือล่ามแปล
os-space-save = บันทึกโต๊ะ
os-delete = ลบ
os-delete-confirm = ลบรายการนี้ หัวข้อที่วางไว้ที่นี่จะกลับไปอยู่ในรายการหัวข้อ
access-api = โทเคน API
access-api-intro = โทเคนช่วยให้โปรแกรมอื่นใช้ JSON API (/api/v1 ซึ่งมีคำอธิบายอยู่ที่ /api/v1/openapi.json) ในนามของคุณได้ โดยส่งโทเคนในรูปแบบ “Authorization: Bearer TOKEN” โปรดเพิกถอนโทเคนเมื่อโปรแกรมนั้นไม่จำเป็นต้องใช้อีกต่อไป
access-api-once = โปรดคัดลอกโทเคนนี้ทันที เพราะจะไม่แสดงอีก:
access-api-label = โทเคนนี้ใช้สำหรับอะไร
access-api-create = ออกโทเคน
access-api-revoke = เพิกถอน
access-done-token = เพิกถอนโทเคนแล้ว
os-print = พิมพ์กระดาน (A3)
os-sheets = พิมพ์แผ่นลงชื่อ (A4 โต๊ะละหนึ่งแผ่น)
os-print-hint = พิมพ์หน้านี้จากเบราว์เซอร์ได้เลย หน้าจะปรับให้พอดีกับกระดาษเอง
os-sheets-none = ยังไม่มีหัวข้อใดมีโต๊ะ
os-sheet-intro = ลงชื่อของคุณที่โต๊ะนี้ รอบละหนึ่งโต๊ะ
os-sheet-taken = (มีผู้จองแล้ว: เป็นผู้ที่ไม่ได้แสดงในทำเนียบรายชื่อ)
os-suggest-title = เสนอการจัดวางหัวข้อ
os-suggest-link = เสนอการจัดวางหัวข้อ
os-suggest-intro = convene จะเสนอว่าควรวางหัวข้อของรอบที่ยังไม่เริ่มไว้ที่ใด เพื่อให้มีคนที่ต้องเลือกระหว่างสองหัวข้อที่ตนสนใจน้อยที่สุด ให้หัวข้อยอดนิยมได้โต๊ะใหญ่ และย้ายหัวข้อให้น้อยที่สุด จะยังไม่มีอะไรเปลี่ยนแปลงจนกว่าคุณจะกดใช้ และคุณยังปรับกระดานเองได้ภายหลัง
os-suggest-none = ไม่สามารถจัดวางหัวข้อได้:
os-suggest-missed = จำนวนคนที่ต้องเลือกระหว่างสองหัวข้อที่ตนสนใจ (ความสนใจที่พลาดไป)
os-suggest-overflow = จำนวนคนที่เกินที่นั่งของโต๊ะ
os-suggest-moves = จำนวนหัวข้อที่ถูกย้ายจากช่องเดิม
os-suggest-score = คะแนน (ยิ่งต่ำยิ่งดี)
os-suggest-bound = (ไม่มีการจัดวางแบบใดได้คะแนนต่ำกว่า { $bound })
os-suggest-now = ปัจจุบัน:
os-suggest-took = คำนวณเสร็จใน { $ms } มิลลิวินาที
os-suggest-current = ปัจจุบัน
os-suggest-proposed = ที่เสนอ
os-suggest-apply = ใช้การจัดวางนี้
os-suggest-discard = ยกเลิก

## เวทีแลกเปลี่ยน: คำถามและคิวขอพูด
floor-title = เวทีแลกเปลี่ยน
floor-link = คำถามและคิวขอพูด
floor-back = กลับไปที่ช่วงการประชุม
floor-screen-link = มุมมองสำหรับจอโปรเจกเตอร์
floor-queue = คิวขอพูด
floor-speaking-now = กำลังพูด
floor-you = คุณ
floor-since = ตั้งแต่ { $time }
floor-time-left = เวลาที่เหลือ
floor-nobody-speaking = ขณะนี้ยังไม่มีผู้พูด
floor-call-next = เชิญผู้พูดคนถัดไป
floor-end-turn = จบการพูดของคนนี้
floor-rule = ลำดับการพูด: { $rule }
floor-order-arrival = ตามลำดับการขอพูด
floor-order-first-time-first = ผู้ที่ยังไม่เคยพูดได้พูดก่อน
floor-order-balance-countries = ผู้พูดคนถัดไปมาจากประเทศที่ได้พูดน้อยที่สุดจนถึงตอนนี้
floor-order-balance-languages = ผู้พูดคนถัดไปใช้ภาษาที่ได้พูดน้อยที่สุดจนถึงตอนนี้
floor-queue-empty = ยังไม่มีใครรอขอพูด
floor-point-of-order = ประเด็นด้านระเบียบการประชุม
floor-priority = ได้พูดก่อน
floor-call = เชิญพูด
floor-give-priority = ให้พูดก่อน
floor-no-priority = ยกเลิกการให้พูดก่อน
floor-remove = นำออก
floor-your-place = { $count ->
   *[other] คุณอยู่ลำดับที่ { $count } ในคิว
}
floor-withdraw = ถอนการขอพูด
floor-ask-to-speak = ขอพูด
floor-speak-language = ภาษาที่คุณจะใช้พูด
floor-note = หมายเหตุถึงผู้ดำเนินรายการ (ไม่บังคับ)
floor-note-example = เช่น ขอแสดงความเห็นสั้น ๆ
floor-queue-who-sees = ผู้ดำเนินรายการจะเห็นชื่อและหมายเหตุของคุณ ผู้เข้าร่วมคนอื่นจะเห็นชื่อของคุณก็ต่อเมื่อคุณแสดงอยู่ในทำเนียบรายชื่อเท่านั้น และจะไม่เห็นหมายเหตุของคุณเลย
floor-point-of-order-ask = นี่เป็นประเด็นด้านระเบียบการประชุม (เกี่ยวกับขั้นตอนการประชุม จะได้พูดก่อน)
floor-ask-to-speak-button = ขอพูด
floor-first-time = พูดครั้งแรก
floor-spoke = { $count ->
   *[other] พูดไปแล้ว { $count } ครั้ง
}
floor-a-participant = ผู้เข้าร่วมคนหนึ่ง
floor-anonymous = ไม่ระบุชื่อ
floor-questions = คำถาม
floor-ask = ถามคำถาม
floor-question = คำถามของคุณ
floor-question-language = ภาษา
floor-anonymous-ask = ถามโดยไม่แสดงชื่อของฉัน (มีเพียงผู้จัดงานเท่านั้นที่ตรวจดูได้ว่าใครเป็นผู้ถาม เพื่อป้องกันการใช้ในทางที่ผิด และการตรวจดูทุกครั้งจะถูกบันทึกไว้)
floor-named-only = คำถามของคุณจะแสดงพร้อมชื่อของคุณให้ผู้ที่เข้าสู่ระบบเห็น
floor-moderated-note = ผู้ดำเนินรายการจะอนุมัติคำถามก่อน แล้วจึงแสดงให้ทุกคนในห้องเห็น
floor-ask-button = ส่งคำถาม
floor-sort-votes = คะแนนโหวตมากที่สุด
floor-sort-new = ล่าสุด
floor-no-questions = ยังไม่มีคำถาม
floor-moderation = รอการอนุมัติหรือซ่อนไว้
floor-answered = ตอบแล้ว
floor-votes = { $count ->
   *[other] โหวต
}
floor-yours = คำถามของคุณ
floor-pending = รอการอนุมัติ
floor-hidden = ซ่อนไว้
floor-answered-badge = ตอบแล้ว
floor-vote = โหวตให้คำถามนี้
floor-voted = โหวตแล้ว · ยกเลิกโหวต
floor-approve = อนุมัติ
floor-hide = ซ่อน
floor-mark-answered = ทำเครื่องหมายว่าตอบแล้ว
floor-mark-unanswered = ทำเครื่องหมายว่ายังไม่ได้ตอบ
floor-merge-into = เป็นคำถามซ้ำกับ
floor-merge = รวมคำถาม
floor-trace = ใครเป็นผู้ถาม
floor-trace-title = ใครเป็นผู้ถามคำถามนี้
floor-trace-result = คำถามนี้ถามโดย { $name } การตรวจดูครั้งนี้ถูกบันทึกไว้ในบันทึกการตรวจสอบแล้ว
floor-trace-erased = ข้อมูลของผู้ถามถูกลบไปแล้ว
floor-summary = สรุปการอภิปราย
floor-summary-none = ยังไม่มีสรุป
floor-summary-write = เขียนสรุป
floor-summary-save = บันทึกสรุป
floor-settings = การตั้งค่าเวทีแลกเปลี่ยน
floor-setting-moderated = อนุมัติคำถามก่อนแสดงให้ทุกคนในห้องเห็น
floor-setting-anonymous = อนุญาตให้ถามโดยไม่ระบุชื่อ
floor-setting-order = ลำดับของคิว
floor-setting-limit = เวลาพูดเป็นวินาที (เว้นว่างไว้หากไม่จำกัดเวลา)
floor-settings-save = บันทึกการตั้งค่า
floor-screen-join = ส่งคำถามหรือขอพูดได้ที่:
floor-next = ถัดไป
floor-more-waiting = { $count ->
   *[other] และยังมีอีก { $count } คนที่รออยู่
}
floor-waiting-total = { $count ->
    [0] ยังไม่มีผู้รอพูด
   *[other] มีผู้รอพูด { $count } คน
}
floor-top-questions = คำถามยอดนิยม
session-floor = คำถามและคิวขอพูด
session-summary = สรุป
session-questions-open = คำถามที่ยังไม่ได้ตอบ
session-questions-answered = คำถามที่ตอบแล้ว

## การแก้ไขกำหนดการ
edit-title = แก้ไขกำหนดการ
edit-new-session = ช่วงการประชุมใหม่
edit-session-title = แก้ไขช่วงการประชุม
edit-see-program = ดูกำหนดการในแบบที่ผู้อื่นเห็น
edit-see-session = ดูหน้าของช่วงการประชุมนี้
edit-back = กลับไปที่หน้าแก้ไขกำหนดการ
edit-warnings = โปรดตรวจสอบรายการเหล่านี้
edit-warnings-intro = ระบบไม่ได้ห้ามสิ่งใด คุณเป็นผู้ตัดสินว่าแต่ละรายการถูกต้องหรือไม่
edit-warning-room = { $room } ถูกใช้สำหรับ “{ $first }” และ “{ $second }” ในเวลาเดียวกัน
edit-warning-person = { $person } อยู่ทั้งใน “{ $first }” และ “{ $second }” ในเวลาเดียวกัน
edit-warning-dates = “{ $session }” อยู่นอกช่วงวันที่ของการประชุมหารือ
edit-has-warning = ตรวจสอบ
edit-sessions = ช่วงการประชุม
edit-no-sessions = ยังไม่มีช่วงการประชุม
edit-time = เวลา
edit-session = ช่วงการประชุม
edit-room = ห้อง
edit-rooms = ห้อง
edit-room-name = ชื่อห้อง
edit-rename = เปลี่ยนชื่อ
edit-delete-room = ลบ
edit-new-room = ห้องใหม่
edit-add-room = เพิ่มห้อง
edit-details = ข้อมูลการประชุมหารือ
edit-c-title = ชื่อการประชุม
edit-c-venue = สถานที่จัด
edit-c-tz = เขตเวลา (เช่น Asia/Bangkok)
edit-c-start = วันแรก
edit-c-end = วันสุดท้าย
edit-c-languages = ภาษา (รหัสภาษา เช่น en es fr)
edit-save = บันทึก
edit-saved = บันทึกแล้ว หน้าที่เปิดอยู่จะแสดงการเปลี่ยนแปลงนี้
edit-public = กำหนดการเป็นแบบสาธารณะ: ทุกคนที่มีที่อยู่เว็บสามารถอ่านได้
edit-private = กำหนดการเป็นแบบส่วนตัว: เฉพาะผู้ที่เข้าสู่ระบบแล้วเท่านั้นที่อ่านได้
edit-make-private = ตั้งเป็นแบบส่วนตัว
edit-make-public = ตั้งเป็นแบบสาธารณะ
edit-is-cancelled = ช่วงการประชุมนี้ถูกยกเลิก แต่ยังคงแสดงอยู่ในกำหนดการพร้อมเครื่องหมายว่ายกเลิกแล้ว เพื่อให้ทุกคนได้รับทราบ
edit-s-title = ชื่อเรื่อง
edit-s-kind = ประเภท
edit-s-date = วันที่
edit-s-start = เวลาเริ่ม
edit-s-end = เวลาสิ้นสุด
edit-s-room = ห้อง
edit-no-room = ไม่ระบุห้อง
edit-s-languages = ภาษาที่ใช้พูด
edit-s-interpretation = มีล่ามแปลเป็นภาษา
edit-tags-help = รหัสภาษาคั่นด้วยการเว้นวรรค เช่น en es fr
edit-s-text-language = ภาษาของชื่อเรื่องและคำอธิบาย
edit-s-description = คำอธิบาย
edit-s-facilitators = ผู้ดำเนินรายการ
edit-s-speakers = วิทยากรหรือผู้ร่วมอภิปราย
edit-multi-help = กดปุ่ม Ctrl ค้างไว้ (หรือกดค้างบนโทรศัพท์) เพื่อเลือกหลายคน
edit-add-person = ผู้ที่ยังไม่มีในทำเนียบรายชื่อ
edit-p-name = ชื่อ
edit-p-organisation = องค์กร
edit-p-country = ประเทศ
edit-p-role = บทบาทในช่วงการประชุมนี้
edit-p-speaker = วิทยากร
edit-p-facilitator = ผู้ดำเนินรายการ
edit-add-person-button = เพิ่มบุคคลนี้ในช่วงการประชุมนี้
edit-more = เพิ่มเติม
edit-duplicate = ทำสำเนาช่วงการประชุมนี้
edit-cancel = ยกเลิกช่วงการประชุมนี้
edit-restore = นำช่วงการประชุมนี้กลับมา
session-cancelled = ยกเลิกแล้ว
session-changed = มีการเปลี่ยนแปลง
session-changes = การเปลี่ยนแปลงล่าสุด
session-change-room = ห้อง: { $change }
session-change-time = เวลา: { $change }
session-change-title = ชื่อเรื่อง: { $change }
session-change-cancelled = ยกเลิกแล้ว
session-change-restored = กลับมาอยู่ในกำหนดการแล้ว
import-program-title = นำเข้ากำหนดการ
import-program-failed = ไม่มีข้อมูลใดถูกนำเข้า โปรดแก้ไขรายการต่อไปนี้ในไฟล์แล้วลองอีกครั้ง
import-program-preview = ตัวอย่าง: ยังไม่มีการบันทึกข้อมูลใด ๆ
import-program-done = นำเข้าแล้ว
import-program-format = อ่านเป็นรูปแบบ { $format }
import-program-created = { $count ->
   *[other] ช่วงการประชุมใหม่ { $count } ช่วง
}
import-program-updated = { $count ->
   *[other] อัปเดต { $count } ช่วงการประชุม
}
import-program-unchanged = { $count ->
   *[other] ไม่มีการเปลี่ยนแปลง { $count } ช่วงการประชุม
}
import-program-rooms = ห้องใหม่:
import-program-people = บุคคลใหม่:
import-program-apply = นำเข้า
import-program-file = ไฟล์กำหนดการ (frab XML หรือ JSON หรือ CSV)
import-program-check = ตรวจสอบไฟล์
import-program-formats = convene อ่านกำหนดการที่ส่งออกจาก pretalx, frab และเครื่องมือจัดการประชุมอื่น ๆ ได้ (frab XML หรือ JSON: ห้อง วัน และกิจกรรมพร้อมรายชื่อบุคคล ภาษา และบทคัดย่อ) รวมทั้งไฟล์ CSV
import-program-csv = ไฟล์ CSV ต้องมีแถวหัวตารางที่มีคอลัมน์ต่อไปนี้ เรียงลำดับอย่างไรก็ได้: วันที่ในรูปแบบ YYYY-MM-DD เวลาในรูปแบบ HH:MM ตามเขตเวลาของการประชุมหารือ ชื่อบุคคลคั่นด้วย “;” และรหัสภาษาคั่นด้วยการเว้นวรรค ส่วนคอลัมน์รหัส (id) และคอลัมน์คำอธิบาย (description) จะมีหรือไม่มีก็ได้
import-program-rerun = หากนำเข้าไฟล์เดิมอีกครั้ง ระบบจะอัปเดตช่วงการประชุมในไฟล์นั้นแทนการเพิ่มซ้ำ
session-is-cancelled = ช่วงการประชุมนี้ถูกยกเลิกแล้ว

## รายงานการประชุมหารือ
report-title = รายงาน
report-link = รายงานการประชุมหารือ: สิ่งที่ได้พูดคุย เสนอ และตัดสินใจร่วมกัน
report-draft = ฉบับร่าง: เฉพาะผู้จัดงานเท่านั้นที่อ่านรายงานนี้ได้จนกว่าจะเผยแพร่
report-published = เผยแพร่แล้ว: ผู้เข้าร่วมสามารถอ่านรายงานนี้ได้
report-introduction = บทนำ
report-conclusions = บทสรุป
report-numbers = ตัวเลขสำคัญ
report-people = ผู้ลงทะเบียน
report-organisations = องค์กรที่เข้าร่วม
report-countries = ประเทศที่เข้าร่วม
report-sessions = ช่วงการประชุมที่มีการรายงาน
report-topics = โต๊ะสนทนาในพื้นที่เปิด
report-questions-asked = คำถามจากที่ประชุม
report-questions-answered = คำถามที่ได้รับคำตอบ
report-fewer-than-3 = น้อยกว่า 3
report-a-participant = ผู้เข้าร่วมคนหนึ่ง
report-not-named = { $count ->
   *[other] ผู้ที่ไม่ระบุชื่อ { $count } คน
}
report-facilitators = ผู้ดำเนินรายการ
report-speakers = วิทยากร
report-summary = สรุป
report-no-summary = ไม่มีการเขียนสรุป
report-questions-answered-list = คำถามที่ได้รับคำตอบ
report-questions-open = คำถามที่ยังไม่ได้รับคำตอบ
report-votes = { $count ->
   *[other] { $count } โหวต
}
report-took-part = ผู้ที่ร่วมพูดในที่ประชุม: { $count } คน
report-at-table = ผู้ร่วมวงที่โต๊ะ: { $count } คน
report-convened-by = จัดวงโดย { $name }
report-table = { $name }
report-no-notes = ไม่มีการจดบันทึกที่โต๊ะนี้
report-round = พื้นที่เปิด: { $label }
report-actions = ข้อเสนอและขั้นตอนต่อไป
report-actions-intro = ข้อเสนอและขั้นตอนต่อไปทั้งหมดที่เขียนไว้ที่โต๊ะต่าง ๆ พร้อมระบุโต๊ะที่มา
report-proposal = ข้อเสนอ
report-next-step = ขั้นตอนต่อไป
report-empty = ยังไม่มีข้อมูลที่รวบรวมได้: ยังไม่มีช่วงการประชุมใดมีสรุปหรือคำถาม และยังไม่มีโต๊ะใดมีบันทึกการสนทนา รายงานจะค่อย ๆ สมบูรณ์ขึ้นเมื่อผู้ดำเนินรายการและผู้จัดวงสนทนาเขียนบันทึก
report-contents = สารบัญ
report-downloads = ดาวน์โหลด
report-download-md = Markdown
report-download-docx = เอกสาร Word
report-download-html = หน้าเว็บ (ไฟล์เดียว)
report-file-language = ภาษาของหัวข้อในรายงาน
report-print = พิมพ์หรือบันทึกเป็น PDF ได้จากเมนูพิมพ์ของเบราว์เซอร์
report-edit = แก้ไขรายงาน
report-edit-intro = บทนำและบทสรุปเป็นส่วนที่คุณเขียนเอง ส่วนเนื้อหาเกี่ยวกับช่วงการประชุมและโต๊ะต่าง ๆ มาจากสรุปและบันทึกการสนทนาตามที่เขียนไว้
report-publish = เผยแพร่: ผู้เข้าร่วมสามารถอ่านได้ (รวมทั้งผู้เยี่ยมชมที่ไม่ได้เข้าสู่ระบบ หากกำหนดการเป็นแบบสาธารณะ)
report-save = บันทึกรายงาน
report-leave-out = ไม่รวมไว้ในรายงาน
report-left-out = ไม่รวมไว้
report-saved = บันทึกรายงานแล้ว
report-language = ภาษาของข้อความ
report-generated = จัดทำด้วย convene เมื่อ { $date }

# The language's name as its speakers write it, in the language switcher.
language-own-name = ไทย

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = มีที่ว่างที่ “{ $title }” แล้ว คุณได้ที่นั่ง
notice-seat-freed-moved = มีที่ว่างที่ “{ $title }” แล้ว คุณได้ที่นั่ง และชื่อของคุณออกจากโต๊ะอื่นในรอบนั้นแล้ว
notice-topic-withdrawn = ผู้จัดวงสนทนาถอนหัวข้อ “{ $title }” แล้ว ชื่อของคุณถูกนำออกจากโต๊ะนั้น
notice-topic-moved = “{ $title }” ย้ายไปที่ { $space } คุณยังลงชื่อไว้เหมือนเดิม
notice-topic-moved-round = “{ $title }” ย้ายไปที่ { $space } ใน { $round } ชื่อของคุณถูกนำออก หากมาได้โปรดลงชื่อใหม่
notice-topic-off-board = “{ $title }” ถูกนำออกจากกระดาน ชื่อของคุณถูกนำออกจากโต๊ะนั้น
notice-topic-other-round = “{ $title }” ย้ายไปรอบอื่น ชื่อของคุณถูกนำออก หากมาได้โปรดลงชื่อใหม่

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = เฉพาะผู้จัดวงสนทนาของหัวข้อนี้หรือผู้จัดงานเท่านั้นที่ทำสิ่งนี้ได้
error-topic-convened = มีผู้อื่นเป็นผู้จัดวงสนทนาหัวข้อนี้อยู่แล้ว
error-no-such-round = ไม่มีรอบนี้
error-no-such-space = ไม่มีพื้นที่นี้
error-round-started = { $round } เริ่มแล้ว ขณะนี้มีเพียงผู้จัดงานเท่านั้นที่เปลี่ยนแปลงได้
error-topic-round-started = รอบของหัวข้อนี้เริ่มแล้ว ขณะนี้มีเพียงผู้จัดงานเท่านั้นที่ย้ายหัวข้อนี้ได้
error-cell-taken = หัวข้ออื่นเพิ่งใช้ช่องนั้นไปเมื่อสักครู่ โปรดเลือกช่องอื่นที่ยังว่าง
error-convener-busy = ผู้จัดวงสนทนามีโต๊ะในรอบนั้นอยู่แล้ว แต่ละคนจัดวงสนทนาได้รอบละหนึ่งโต๊ะเท่านั้น
error-topic-stale = หัวข้อนี้มีการเปลี่ยนแปลงหลังจากที่หน้าของคุณโหลดขึ้นมา โปรดดูกระดานอีกครั้งแล้วลองใหม่
error-proposal-unreadable = ไม่สามารถอ่านข้อเสนอการจัดวางนี้ได้ โปรดเสนอการจัดวางหัวข้ออีกครั้ง
error-round-started-meanwhile = { $round } เริ่มไปแล้วในระหว่างนี้ โปรดเสนอการจัดวางหัวข้ออีกครั้ง
error-board-changed = กระดานมีการเปลี่ยนแปลงในระหว่างนี้ (มีช่องที่ถูกใช้ไปแล้ว) โปรดเสนอการจัดวางหัวข้ออีกครั้ง
error-topic-not-on-board = หัวข้อนี้ไม่ได้อยู่บนกระดาน (ถูกถอนไปแล้ว หรือยังไม่มีโต๊ะ)
error-not-a-note-taker = เฉพาะผู้จัดวงสนทนา ผู้จดบันทึกที่ผู้จัดวงสนทนาเพิ่มไว้ และผู้จัดงานเท่านั้นที่เขียนบันทึกการสนทนาได้
error-note-taker-not-seated = ผู้จดบันทึกต้องเลือกจากผู้ที่ลงชื่อไว้ที่โต๊ะนี้
error-too-few-seats = มีผู้ลงชื่อไว้ที่โต๊ะหนึ่งในพื้นที่นี้ { $seated } คน จึงต้องมีที่นั่งอย่างน้อย { $seated } ที่ โปรดย้ายหัวข้อไปยังพื้นที่ที่ใหญ่กว่าก่อน หรือขอให้ผู้ที่ลงชื่อไว้ย้ายโต๊ะ
error-not-a-moderator = เฉพาะผู้ดำเนินรายการของช่วงการประชุมนี้และผู้จัดงานเท่านั้นที่ทำสิ่งนี้ได้
error-no-anonymous-questions = ช่วงการประชุมนี้ไม่รับคำถามแบบไม่ระบุชื่อ โปรดถามโดยระบุชื่อของคุณ
error-voted-already = คุณโหวตให้คำถามนี้ไปแล้ว แต่ละคนโหวตได้ครั้งเดียว
error-question-not-open = คำถามนี้ไม่ได้เปิดให้โหวต (กำลังรอการอนุมัติหรือถูกซ่อนไว้)
error-question-merged = คำถามนี้ถูกรวมเข้ากับคำถามอื่นแล้ว โปรดดำเนินการที่คำถามนั้นแทน
error-merge-refused = รวมคำถามได้เฉพาะกับคำถามอื่นที่ยังเปิดอยู่ในช่วงการประชุมเดียวกันเท่านั้น
error-trace-organisers = เฉพาะผู้จัดงานเท่านั้นที่ดูได้ว่าใครเป็นผู้ถามคำถาม
error-queued-already = คุณอยู่ในคิวขอพูดของช่วงการประชุมนี้แล้ว
error-not-queued = คุณไม่ได้อยู่ในคิวขอพูดของช่วงการประชุมนี้
error-queue-empty = ยังไม่มีใครรอขอพูด
error-no-longer-waiting = ผู้นี้ไม่ได้อยู่ในคิวขอพูดแล้ว
error-nobody-speaking = ขณะนี้ยังไม่มีผู้พูด
error-summary-too-long = สรุปยาวเกินไป ({ $len } ตัวอักษร สูงสุด { $max } ตัวอักษร)
error-speaking-time = เวลาพูด “{ $text }” ไม่ใช่จำนวนวินาที

## Form validation: what is wrong with an input, and the fields named in it.
error-empty = “{ $field }” ต้องไม่เว้นว่าง
error-too-long = “{ $field }” ยาวเกินไป ({ $length } ตัวอักษร สูงสุด { $max } ตัวอักษร)
error-unknown-time-zone = ไม่รู้จักเขตเวลา “{ $value }” โปรดใช้ชื่อเขตเวลา เช่น Asia/Bangkok
error-unknown-country = ไม่รู้จักประเทศ “{ $value }” โปรดใช้รหัสประเทศ เช่น AR หรือชื่อประเทศ
error-invalid-language = “{ $value }” ไม่ใช่ภาษาที่ระบบรู้จัก โปรดใช้รหัสภาษา เช่น en หรือ id
error-invalid = “{ $field }”: “{ $value }” ไม่ถูกต้อง ต้องเป็น{ $expected }
error-unknown-session-kind = ไม่รู้จักประเภทช่วงการประชุม “{ $value }”
error-ends-before-start = เวลาสิ้นสุดของช่วงการประชุม “{ $title }” ({ $ends }) อยู่ก่อนเวลาเริ่ม ({ $starts })
error-dates-reversed = วันสิ้นสุดของการประชุมหารือ ({ $end }) อยู่ก่อนวันเริ่มต้น ({ $start })
error-dangling = “{ $field }”: ไม่พบ “{ $value }”
field-cancelled = ยกเลิกแล้ว
field-capacity = จำนวนที่นั่ง
field-convener = ผู้จัดวงสนทนา
field-corridor = เส้นทางการย้ายถิ่น
field-email = อีเมล
field-languages = ภาษา
field-name = ชื่อ
field-note = หมายเหตุ
field-organisation = องค์กร
field-organisation-name = ชื่อองค์กร
field-people = รายชื่อบุคคล
field-person = บุคคล
field-question = คำถาม
field-queue-order = ลำดับของคิวขอพูด
field-retention-date = วันที่ลบข้อมูล
field-role = บทบาท
field-room = ห้อง
field-room-name = ชื่อห้อง
field-round-end = เวลาสิ้นสุดของรอบ
field-round-name = ชื่อรอบ
field-screen-name = ชื่อจอแสดงผล
field-session = ช่วงการประชุม
field-session-description = คำอธิบายช่วงการประชุม
field-session-title = ชื่อเรื่องของช่วงการประชุม
field-space-name = ชื่อโต๊ะ
field-speaking-time = เวลาพูด
field-time = เวลา
field-title = ชื่อเรื่อง
field-token-name = ชื่อโทเคน
field-topic = หัวข้อ
field-topic-description = คำอธิบายหัวข้อ
field-topic-title = ชื่อหัวข้อ
field-venue = สถานที่จัด
field-visibility = การแสดงในทำเนียบรายชื่อ
field-website = เว็บไซต์
field-other = ช่องนี้
expected-corridor = ประเทศต้นทางและประเทศปลายทาง เช่น ID>SG
expected-existing-date = วันที่ที่มีอยู่จริงในเขตเวลาของการประชุมหารือ
expected-after-last-day = วันที่หลังวันสุดท้ายของการประชุมหารือ
expected-unique-space-name = ชื่อที่ไม่ซ้ำกับโต๊ะอื่น
expected-seats = จำนวนที่นั่งตั้งแต่ 1 ถึง 1000
expected-free-convener = ผู้ที่ไม่ได้เป็นผู้จัดวงสนทนาหัวข้ออื่นในรอบนั้น
expected-after-round-start = เวลาหลังเวลาเริ่มของรอบ
expected-topic-on-board = หัวข้อที่อยู่บนกระดาน (หัวข้อนี้ถูกถอนไปแล้วในระหว่างนี้)
expected-https-address = ที่อยู่ที่ขึ้นต้นด้วย https://
expected-email-address = ที่อยู่อีเมล เช่น name@example.org
expected-queue-order = ลำดับแบบใดแบบหนึ่งที่มีให้เลือก
expected-speaking-time = ค่าระหว่าง 10 วินาทีถึง 60 นาที
expected-visibility = แบบแสดงในรายชื่อ เฉพาะผู้จัดงาน หรือซ่อนไว้
expected-listed-value = ค่าใดค่าหนึ่งในรายการ
expected-role = ผู้จัดงาน ผู้ดำเนินรายการ หรือผู้เข้าร่วม
expected-no-nul = ข้อความที่ไม่มีอักขระ NUL
expected-other = ค่าที่มีให้เลือกในแบบฟอร์ม

## Importing files: what is wrong with a file, a line or a field.
import-error-at-column = บรรทัด { $line } คอลัมน์ { $column }: { $message }
import-error-at-line = บรรทัด { $line }: { $message }
import-file-too-large = ไฟล์มีขนาด { $size } MB แต่นำเข้าได้ไม่เกิน { $max } MB
import-not-text = ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (พบไบต์ที่มีค่าเป็นศูนย์ในบรรทัด { $line }) โปรดส่งออกสเปรดชีตเป็น CSV, UTF-8
import-not-utf8 = บรรทัด { $line } ไม่ใช่ข้อความแบบ UTF-8 โปรดบันทึกไฟล์เป็น “CSV UTF-8”
import-unreadable-header = อ่านแถวหัวตารางไม่ได้: { $detail }
import-unreadable-row = อ่านแถวนี้ไม่ได้: { $detail }
import-row-width = มีข้อมูล { $fields } ช่อง แต่แถวหัวตารางมี { $width } ช่อง
import-same-person = เป็นบุคคลเดียวกับในบรรทัด { $first }
import-no-participants = ไฟล์มีแถวหัวตาราง แต่ไม่มีรายชื่อผู้เข้าร่วมเลย
import-column-twice = คอลัมน์นี้ปรากฏซ้ำสองครั้งในแถวหัวตาราง
import-no-name-column = ไม่มีคอลัมน์ “name” ในแถวหัวตาราง (คอลัมน์ที่พบ: { $found })
import-too-long = ยาวเกิน { $max } ตัวอักษร
import-title-empty = ไม่ได้ระบุชื่อเรื่อง
import-title-too-long = ชื่อเรื่องยาวเกิน { $max } ตัวอักษร
import-description-too-long = คำอธิบายยาวเกิน { $max } ตัวอักษร
import-duplicate-id = { $place }: id “{ $id }” ถูกใช้ไปแล้วที่ { $first } แต่ละช่วงการประชุมต้องมี id ของตนเองที่ไม่ซ้ำกัน
import-cut-off = ไฟล์สิ้นสุดตรงนี้ทั้งที่กำหนดการยังไม่จบ แสดงว่าไฟล์ถูกตัดขาด โปรดส่งออกไฟล์ใหม่อีกครั้ง
import-too-deep = ตรงนี้มีองค์ประกอบซ้อนกันลึกเกิน { $max } ชั้น ขณะที่กำหนดการ frab โดยทั่วไปซ้อนกันลึกราวหกชั้นเท่านั้น
import-too-many-elements = ไฟล์มีองค์ประกอบมากกว่า { $max } รายการ
import-not-xml = ไฟล์นี้ไม่ใช่ XML ที่มีโครงสร้างถูกต้อง (คอลัมน์ { $column }): { $detail }
import-not-frab-root = องค์ประกอบราก (root element) ของไฟล์คือ <{ $root }> ไม่ใช่ <schedule> ไฟล์นี้จึงไม่ใช่กำหนดการ frab
import-event = กิจกรรม “{ $title }”: { $message }
import-event-field = { $place } ช่องข้อมูล { $field }: { $message }
import-no-guid = กิจกรรมนี้ไม่มีทั้ง guid และ id
import-bad-date = วันที่ “{ $value }” ไม่ใช่วันที่พร้อมเวลาและส่วนต่างจาก UTC และไม่ใช่รูปแบบ YYYY-MM-DD
import-bad-start = เวลาเริ่ม “{ $value }” ไม่ใช่รูปแบบเวลา เช่น 09:30
import-no-time-zone = เวลาในไฟล์ไม่ได้ระบุส่วนต่างจาก UTC และไฟล์ก็ไม่ได้ระบุเขตเวลาไว้
import-time-not-in-zone = ไม่มีเวลา { $value } ในเขตเวลานี้: { $detail }
import-bad-duration = ระยะเวลา “{ $value }” ไม่อยู่ในรูปแบบ HH:MM
import-negative-duration = ระยะเวลา “{ $value }”: กิจกรรมสิ้นสุดก่อนเวลาเริ่ม
import-not-json = ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง: { $detail }
import-not-frab-json = JSON นี้ไม่มี schedule.conference จึงไม่ใช่กำหนดการ frab
import-missing-columns = แถวหัวตารางไม่มีคอลัมน์ { $missing } คอลัมน์ที่ต้องมีคือ { $expected }
import-needs-consultation = การนำเข้ากำหนดการจากไฟล์ CSV ต้องมีการประชุมหารือ (เพื่อใช้เขตเวลาของการประชุมหารือนั้น) โปรดสร้างการประชุมหารือก่อน
import-bad-csv-date = “{ $value }” ไม่ใช่รูปแบบวันที่ เช่น 2026-11-30
import-bad-time = “{ $value }” ไม่ใช่รูปแบบเวลา เช่น 09:30
import-session-ends-before-start = เวลาสิ้นสุดของช่วงการประชุม ({ $end }) อยู่ก่อนเวลาเริ่ม ({ $start })
import-bad-kind = “{ $value }” ไม่ใช่ประเภทช่วงการประชุมที่ระบบรู้จัก โปรดใช้ plenary, facilitated-discussion, open-space, break หรือ other
import-reader-failed = convene อ่านไฟล์นี้ไม่ได้ (ตัวอ่านไฟล์ทำงานล้มเหลว) จึงไม่ได้บันทึกอะไรไว้
import-no-consultation = ฐานข้อมูลยังไม่มีการประชุมหารือ และไฟล์นี้ก็ไม่ได้ระบุไว้ (กำหนดการแบบ frab มี <conference>) โปรดสร้างการประชุมหารือก่อน
import-not-stored = ไม่ได้บันทึกอะไรไว้: { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = เฉพาะผู้ที่เข้าสู่ระบบด้วยลิงก์ส่วนตัวของตนเองเท่านั้นที่ทำสิ่งนี้ได้
error-organisers-only = เฉพาะผู้จัดงานเท่านั้นที่ทำสิ่งนี้ได้
error-last-organiser-erase = นี่คือผู้จัดงานคนสุดท้าย โปรดเพิ่มผู้จัดงานคนอื่นก่อนลบข้อมูลของผู้จัดงานคนนี้
error-last-organiser-remove = นี่คือผู้จัดงานคนสุดท้าย โปรดเพิ่มผู้จัดงานคนอื่นก่อนนำผู้จัดงานคนนี้ออก
error-password-length = รหัสผ่านต้องมี { $min } ถึง { $max } ตัวอักษร แต่รหัสผ่านนี้มี { $length } ตัวอักษร
error-passwords-differ = รหัสผ่านทั้งสองช่องไม่ตรงกัน โปรดพิมพ์รหัสผ่านเดียวกันทั้งสองครั้ง
error-not-a-time = “{ $field }”: “{ $value }” ไม่ใช่รูปแบบเวลา เช่น 09:30
error-session-cancelled-already = ช่วงการประชุมนี้ถูกยกเลิกไปแล้ว
error-session-not-cancelled = ช่วงการประชุมนี้ไม่ได้ถูกยกเลิก
error-room-exists = มีห้องชื่อ “{ $name }” อยู่แล้ว
error-room-rename = ไม่สามารถเปลี่ยนชื่อห้องเป็น “{ $name }” ได้ เพราะมีห้องอื่นใช้ชื่อนี้อยู่แล้ว หรือห้องนี้ไม่มีอยู่แล้ว
error-not-a-date = “{ $value }” ไม่ใช่วันที่ โปรดใช้รูปแบบ 2027-03-31
error-upload-too-large = ไฟล์มีขนาดใหญ่กว่า { $max } MB จึงไม่มีข้อมูลใดถูกนำเข้า
error-choose-schedule-file = โปรดเลือกไฟล์กำหนดการที่จะนำเข้า
error-not-a-cell = “{ $value }” ไม่ใช่ช่องบนกระดาน โปรดเลือกช่องจากรายการ
error-not-a-date-time = “{ $value }” ไม่ใช่วันที่และเวลา เช่น 2027-03-02 และ 14:00
error-pick-session = โปรดเลือกช่วงการประชุมจากรายการ
error-not-seats = “{ $value }” ไม่ใช่จำนวนที่นั่ง
error-unknown-format = ไม่รู้จักรูปแบบ “{ $value }” โปรดใช้ md, docx หรือ html
error-not-for-your-role = บทบาทของคุณไม่มีสิทธิ์เข้าถึงหน้านี้
error-no-pages-in = ไม่มีหน้าเว็บในภาษา “{ $value }”
error-unknown-person = ไม่มีบุคคลนี้ในทำเนียบรายชื่อ
field-start-time = เวลาเริ่ม
field-end-time = เวลาสิ้นสุด
error-pick-room = โปรดเลือกห้องจากรายการ
error-room-gone = ไม่มีห้องนี้ (หรือห้องนี้ถูกลบไปแล้ว)

account-consent-convener = ชื่อของฉันในฐานะผู้จัดวงสนทนาของโต๊ะ บนกระดานและบนจอแสดงผล (หากไม่เลือก จะแสดงว่า “จัดวงโดยผู้เข้าร่วมคนหนึ่ง”)
os-rules-title = กติกาของพื้นที่เปิด
os-rule-anyone = ทุกคนจัดวงสนทนาที่โต๊ะได้ เพียงบอกว่าจะคุยเรื่องอะไรและตั้งชื่อหัวข้อ
os-rule-convener = ผู้จัดวงสนทนาเป็นผู้ตัดสินใจว่าวงของตนจะดำเนินไปอย่างไร
os-rule-no-preparation = ไม่ต้องเตรียมตัวล่วงหน้า
os-rule-two-feet = ทุกคนย้ายโต๊ะได้ ไปที่ที่คุณได้เรียนรู้หรือได้แบ่งปันมากที่สุด
os-rules-edit = กติกาของพื้นที่เปิด บรรทัดละหนึ่งข้อ
os-rules-edit-hint = แสดงบนกระดานและบนจอแสดงผล เว้นว่างไว้เพื่อใช้กติกามาตรฐาน ซึ่งแต่ละคนจะเห็นเป็นภาษาของตนเอง
os-rules-save = บันทึกกติกา
os-find = ค้นหาโต๊ะ
os-find-words = ค้นหา
os-find-round = รอบ
os-find-all-rounds = ทุกรอบ
os-find-room = เฉพาะโต๊ะที่ยังมีที่ว่าง
os-find-button = ค้นหา
os-find-clear = แสดงทั้งหมด
os-find-shown = { $count ->
   *[other] แสดง { $count } หัวข้อ
}
os-convener-for = ผู้จัดวงสนทนา (เมื่อคุณเพิ่มหัวข้อแทนผู้อื่น)
os-convener-for-hint = เลือกชื่อจากทำเนียบรายชื่อหรือพิมพ์ชื่อใหม่ เว้นว่างไว้หากคุณจะเป็นผู้จัดวงสนทนาเอง
notice-topic-entered = ผู้จัดงานได้เพิ่มหัวข้อ “{ $title }” โดยให้คุณเป็นผู้จัดวงสนทนา คุณแก้ไขหรือถอนหัวข้อนี้ได้จากหน้าของหัวข้อ
os-mine = พื้นที่เปิดของฉัน
os-mine-convening = คุณเป็นผู้จัดวงสนทนา
os-mine-convening-unplaced = คุณเป็นผู้จัดวงสนทนา · ยังไม่อยู่บนกระดาน
os-mine-no-table = ยังไม่มีโต๊ะ
os-mine-in-line = { $count ->
   *[other] ลำดับที่ { $count } ในคิวรอที่ว่าง
}
poll-title = โพล
poll-open = เปิดโพล
poll-question = คำถาม
poll-kind = ประเภทโพล
poll-kind-single = เลือกได้ข้อเดียว
poll-kind-multiple = เลือกได้หลายข้อ
poll-kind-words = เวิร์ดคลาวด์ (คนละหนึ่งคำ)
poll-choices = ตัวเลือก บรรทัดละหนึ่งข้อ
poll-choices-hint = ตัวเลือก 2 ถึง 12 ข้อ เวิร์ดคลาวด์ไม่ต้องมีตัวเลือก
poll-anonymous = โพลเป็นแบบไม่ระบุชื่อ ระบบไม่เก็บชื่อไว้กับคำตอบ และจำนวนที่น้อยกว่า 3 จะถูกซ่อนไว้จนกว่าจะปิดโพล
poll-open-button = เปิดโพล
poll-none = ยังไม่มีโพล
poll-closed = ปิดแล้ว
poll-live = เปิดอยู่
poll-answers = { $count ->
    [0] ยังไม่มีคำตอบ
   *[other] { $count } คำตอบ
}
poll-you-answered = คุณตอบแล้ว
poll-your-word = คำของคุณ
poll-answer = ตอบ
poll-few = น้อยกว่า 3
poll-few-hidden = จำนวนที่น้อยกว่า 3 และคำที่พบไม่บ่อยจะแสดงเมื่อปิดโพลแล้ว เพื่อไม่ให้ใครรู้ได้ว่าแต่ละคนตอบอะไร
poll-close = ปิดโพล
poll-screen-join = ตอบผ่านโทรศัพท์ของคุณ:
edit-order = ลำดับในกำหนดการ
edit-order-up = เลื่อนขึ้น
edit-order-down = เลื่อนลง
edit-moderators = ผู้ดูแลเวทีแลกเปลี่ยน
edit-moderators-hint = ผู้ดูแลจะจัดการเวทีแลกเปลี่ยน (คิวขอพูด คำถาม และโพล) โดยไม่แสดงชื่อเป็นผู้ดำเนินรายการของช่วงการประชุม เช่น ในการประชุมใหญ่ช่วงเปิดงาน
edit-moderators-save = บันทึกผู้ดูแล
report-polls = โพล
report-poll-answers = ผู้ตอบ: { $count } คน
notice-convener-seated = คุณเป็นผู้จัดวงสนทนา “{ $title }” ตอนนี้ชื่อของคุณอยู่ที่โต๊ะนั้นแล้ว และออกจากโต๊ะอื่นในรอบนั้นแล้ว
error-convener-stays = คุณเป็นผู้จัดวงสนทนา “{ $title }” ในรอบนี้ ผู้จัดวงสนทนาต้องอยู่ที่โต๊ะของตนเอง
error-convener-for-others = เฉพาะผู้จัดงานและผู้ดำเนินรายการของพื้นที่เปิดเท่านั้นที่เพิ่มหัวข้อแทนผู้อื่นได้
error-poll-answered = คุณตอบโพลนี้ไปแล้ว แต่ละคนตอบได้ครั้งเดียว
error-poll-closed = โพลนี้ปิดแล้ว
field-poll-kind = ประเภทโพล
field-choice = ตัวเลือก
field-choices = ตัวเลือก
field-answer = คำตอบ
field-open-space-rules = กติกาของพื้นที่เปิด
expected-poll-kind = แบบเลือกได้ข้อเดียว เลือกได้หลายข้อ หรือเวิร์ดคลาวด์
expected-poll-choices = ตัวเลือก 2 ถึง 12 ข้อ บรรทัดละหนึ่งข้อ
expected-one-word = คำเดียว
expected-poll-choice = ตัวเลือกใดตัวเลือกหนึ่งของโพล
expected-a-choice = ตัวเลือกหนึ่งข้อ
expected-one-choice = ตัวเลือกเพียงข้อเดียว
session-board-link = ไปที่กระดานพื้นที่เปิด

## Before the meeting: organisations, invitations by e-mail, my schedule
organisation-edit-link = แก้ไของค์กรนี้
organisation-new-link = เพิ่มองค์กร
organisation-edit-title = แก้ไข { $name }
organisation-new-title = เพิ่มองค์กร
organisation-edit-back = กลับ
organisation-acronym = ชื่อย่อ
organisation-tags = ภาคส่วนงานอื่น ๆ
organisation-tags-help = ภาคส่วนงานที่ไม่มีในรายการ คั่นด้วยเครื่องหมาย |
organisation-corridors-help = เลือกประเทศต้นทางและประเทศปลายทางของแต่ละเส้นทางการย้ายถิ่นที่องค์กรทำงานอยู่ หากต้องการลบเส้นทางใด ให้ตั้งค่าทั้งสองช่องเป็น “—”
organisation-no-members = ยังไม่มีใครสังกัดองค์กรนี้
organisation-merge = รวมองค์กรที่ซ้ำกันเข้ากับองค์กรนี้
organisation-merge-help = บุคคล หัวข้อ และเส้นทางการย้ายถิ่นขององค์กรที่ซ้ำจะย้ายมาอยู่กับ { $name } และภาคส่วนงาน บริการ และภาษาขององค์กรนั้นจะถูกเพิ่มเข้ามา จากนั้นองค์กรที่ซ้ำจะถูกลบ ซึ่งไม่สามารถย้อนกลับได้
organisation-merge-other = องค์กรที่ซ้ำกัน
organisation-merge-button = รวมเข้ากับองค์กรนี้
error-organisation-name-taken = มีองค์กรอื่นใช้ชื่อหรือชื่อย่อนี้อยู่แล้ว (ดูที่ /organisations/{ $id }) โปรดรวมสององค์กรนี้เข้าด้วยกันแทน
error-merge-same-organisation = ไม่สามารถรวมองค์กรเข้ากับตัวเองได้
import-col-organisation-fields = ไม่บังคับ สำหรับกรณีที่ใส่ข้อมูลทั้งหมดไว้ในแผ่นงานเดียว: organisation_acronym, organisation_country, organisation_sectors, organisation_services, organisation_languages, organisation_website และ organisation_corridors (เช่น ID>SG|ID>MY) ใช้ระบุข้อมูลขององค์กรที่บุคคลนั้นสังกัด
import-done-organisations-updated = { $count ->
   *[other] อัปเดตข้อมูล { $count } องค์กร
}
import-orgs-link = นำเข้ารายชื่อองค์กรจากสเปรดชีต
import-orgs-title = นำเข้ารายชื่อองค์กร
import-orgs-file = รายชื่อองค์กร (ไฟล์ CSV)
import-orgs-see = ดูรายชื่อองค์กร
import-orgs-format-body = สเปรดชีตที่บันทึกเป็นไฟล์ CSV (UTF-8) คั่นด้วยเครื่องหมายจุลภาค (,) หรืออัฒภาค (;) บรรทัดแรกระบุชื่อคอลัมน์ เรียงลำดับอย่างไรก็ได้ โดยมีเพียงคอลัมน์ "name" ที่จำเป็นต้องมี ระบบจะนำเข้าทั้งไฟล์ หรือไม่นำเข้าเลย องค์กรที่ระบบรู้จักอยู่แล้วจากชื่อหรือชื่อย่อจะได้รับการอัปเดตข้อมูล ส่วนคอลัมน์ที่ไม่มีในไฟล์จะคงข้อมูลเดิมไว้ ไฟล์รายชื่อองค์กรที่ดาวน์โหลดได้มีคอลัมน์ตรงตามนี้ทุกประการ
import-orgs-col-name = ชื่อขององค์กร
import-orgs-col-acronym = ชื่อแบบสั้น ระบบจะจับคู่องค์กรตามชื่อหรือชื่อย่อ
import-orgs-col-sectors = รหัสภาคส่วนงาน เช่น domestic-work หรือ sex-work คั่นด้วยเครื่องหมาย | ค่าอื่น ๆ จะเก็บไว้เป็นภาคส่วนงานเฉพาะขององค์กรนั้น
import-orgs-col-services = รหัสบริการ เช่น legal-aid, shelter, hotline, outreach คั่นด้วยเครื่องหมาย |
import-orgs-col-website = ที่อยู่ที่ขึ้นต้นด้วย https://
import-orgs-col-corridors = เส้นทางการย้ายถิ่นในรูปแบบรหัสประเทศต้นทาง>รหัสประเทศปลายทาง คั่นด้วยเครื่องหมาย | เช่น ID>SG|ID>MY
invitations-badges = ป้ายชื่อแบบพิมพ์
invitations-mail-title = ทางอีเมล
invitations-mail-server = คำเชิญจะส่งผ่าน { $server } อีเมลแต่ละฉบับมีลิงก์เข้าสู่ระบบใหม่พร้อม QR code ของลิงก์นั้น เป็นภาษาของผู้รับ ลิงก์เดิมจะใช้ไม่ได้ทันทีที่ส่งลิงก์ใหม่แล้ว
invitations-mail-not-yet-in = ส่งอีเมลถึงทุกคนที่ยังไม่ได้เข้าสู่ระบบ
invitations-mail-everyone = ส่งอีเมลถึงทุกคน
invitations-mail-one = ส่งลิงก์ใหม่ทางอีเมล
invitations-mail-count-sent = { $count ->
   *[other] ส่งแล้ว { $count } ฉบับ
}
invitations-mail-count-waiting = { $count ->
   *[other] รอส่ง { $count } ฉบับ
}
invitations-mail-count-failed = { $count ->
   *[other] ส่งไม่สำเร็จ { $count } ฉบับ
}
invitations-mail-count-no-address = { $count ->
   *[other] ไม่มีที่อยู่อีเมล { $count } คน
}
invitations-mail-sent = ส่งอีเมลถึง { $address } แล้ว
invitations-mail-failed = ส่งถึง { $address } ไม่สำเร็จ: { $reply }
invitations-mail-retrying = กำลังลองส่งถึง { $address } อีกครั้ง ({ $reply })
invitations-mail-waiting = กำลังส่งถึง { $address }
invitations-mail-queued = { $count ->
    [0] ไม่มีผู้ที่จะส่งถึง: ทุกคนที่เลือกมีอีเมลที่กำลังส่งอยู่แล้ว หรือไม่มีที่อยู่อีเมล
   *[other] กำลังส่งคำเชิญ { $count } ฉบับ
}
invitations-mail-repeated = คำเชิญเหล่านี้ถูกส่งออกไปแล้ว จึงไม่มีการส่งซ้ำ
invitations-mail-off = ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล จึงส่งคำเชิญทางอีเมลไม่ได้ โปรดพิมพ์ป้ายชื่อแทน หากต้องการส่งคำเชิญทางอีเมล ให้เพิ่มข้อความต่อไปนี้ในไฟล์การตั้งค่า (หรือระบุ --smtp-url และ --smtp-from):
invitations-mail-off-credentials = ชื่อผู้ใช้และรหัสผ่านต้องใส่ไว้ในตัวแปรสภาพแวดล้อม CONVENE_SMTP_USER และ CONVENE_SMTP_PASSWORD เท่านั้น ห้ามใส่ไว้ในไฟล์ จากนั้นให้รีสตาร์ต convene
invitations-wording = ข้อความในอีเมล
invitations-wording-language = ภาษา
invitations-wording-show = แสดง
invitations-wording-subject = หัวเรื่อง
invitations-wording-body = ข้อความ
invitations-wording-help = ส่วนต่อไปนี้จะถูกแทนที่ด้วยข้อมูลของแต่ละคน: {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} และ {"{"}link{"}"} (ต้องมี) QR code จะอยู่ใต้ข้อความ หากบันทึกโดยเว้นว่างไว้ ระบบจะกลับไปใช้ข้อความมาตรฐานของ convene
invitation-mail-subject = คำเชิญของคุณ: {"{"}consultation{"}"}
invitation-mail-body =
    เรียน {"{"}name{"}"}

    ขอเรียนเชิญคุณเข้าร่วม {"{"}consultation{"}"} วันที่ {"{"}dates{"}"} ณ {"{"}place{"}"}

    โปรดเปิดลิงก์ส่วนตัวนี้เพื่อเข้าสู่ระบบ (ลิงก์ใช้ได้ครั้งเดียวบนอุปกรณ์เดียว โปรดเก็บไว้เป็นความลับ):
    {"{"}link{"}"}

    คุณยังสามารถใช้กล้องโทรศัพท์สแกน QR code ด้านล่างได้ด้วย ในระบบมีทั้งกำหนดการ รายชื่อผู้เข้าร่วม และพื้นที่เปิด
invitation-mail-qr = QR code ของลิงก์เข้าสู่ระบบของคุณ
error-mail-not-configured = ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล โปรดพิมพ์ป้ายชื่อแทน
error-mail-form-key = แบบฟอร์มนี้ล้าสมัยแล้ว โปรดโหลดหน้าใหม่แล้วส่งอีกครั้ง
error-mail-no-subject = อีเมลต้องมีหัวเรื่อง
error-mail-no-link = ข้อความต้องมี {"{"}link{"}"} หากไม่มี จะไม่มีใครเข้าสู่ระบบได้
error-mail-unknown-placeholder = convene ไม่สามารถเติมข้อมูลใน “{"{"}{ $word }{"}"}” ได้ โปรดใช้ {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} หรือ {"{"}link{"}"}
field-sectors = ภาคส่วนงาน
field-services = บริการ
expected-two-countries = สองประเทศที่แตกต่างกัน
import-same-organisation = เป็นองค์กรเดียวกับในบรรทัด { $first }
import-no-organisations = ไฟล์มีแถวหัวตาราง แต่ไม่มีรายชื่อองค์กรเลย
import-organisation-differs = องค์กรนี้มีข้อมูลที่แตกต่างออกไปในบรรทัด { $first }
nav-my = กำหนดการของฉัน
remember = เก็บไว้
error-remember-yes-no = โปรดเลือกว่าจะเก็บช่วงการประชุมนี้ไว้หรือไม่
my-title = กำหนดการของฉัน
my-empty = ยังไม่มีรายการ กด “เก็บไว้” ที่ช่วงการประชุมในกำหนดการเพื่อเก็บไว้ที่นี่ และลงชื่อที่โต๊ะในพื้นที่เปิด ส่วนช่วงการประชุมที่คุณเป็นวิทยากรหรือผู้ดำเนินรายการจะปรากฏที่นี่เอง
my-part-facilitating = คุณเป็นผู้ดำเนินรายการ
my-part-speaking = คุณเป็นวิทยากร
my-part-remembered = เก็บไว้แล้ว
my-part-convening = คุณเป็นผู้จัดวงสนทนาที่โต๊ะนี้
my-part-signed-up = โต๊ะของคุณ
my-part-waiting = รอที่ว่าง (ลำดับที่ { $place })
my-calendar = ในปฏิทินของคุณ
my-calendar-body = ติดตามที่อยู่นี้ในปฏิทินบนโทรศัพท์ของคุณ ปฏิทินจะอัปเดตตามทุกการเปลี่ยนแปลงในกำหนดการของคุณ เช่นเดียวกับปฏิทินของกำหนดการ
my-calendar-subscribe = ติดตามในปฏิทินของฉัน
my-calendar-address = ที่อยู่ปฏิทินของคุณ
my-calendar-private = ที่อยู่นี้เป็นของคุณคนเดียว ใครก็ตามที่มีที่อยู่นี้จะเห็นกำหนดการของคุณ หากผู้อื่นอาจมีที่อยู่นี้ ให้สร้างที่อยู่ใหม่ แล้วที่อยู่เดิมจะใช้ไม่ได้อีก
my-calendar-reset = สร้างที่อยู่ใหม่

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = งานบ้าน
sector-sex-work = งานบริการทางเพศ
sector-construction = งานก่อสร้าง
sector-agriculture = เกษตรกรรม
sector-fishing = ประมง
sector-manufacturing = อุตสาหกรรมการผลิต
sector-hospitality = โรงแรมและร้านอาหาร
sector-care-work = งานดูแล
sector-entertainment = สถานบันเทิง
service-legal-aid = ความช่วยเหลือทางกฎหมาย
service-shelter = บ้านพักพิง
service-hotline = สายด่วน
service-pre-departure-information = ข้อมูลก่อนเดินทาง
service-outreach = การลงพื้นที่
service-counselling = การให้คำปรึกษา
service-health-care = บริการสุขภาพ
service-reintegration = การคืนสู่สังคม
service-organising = การจัดตั้งแรงงาน
service-advocacy = การผลักดันนโยบาย
service-research = งานวิจัย

## Tables from the corridors (issue 24)
corridor-tables-link = โต๊ะจากเส้นทางการย้ายถิ่น
corridor-tables-title = โต๊ะจากเส้นทางการย้ายถิ่น
corridor-tables-intro = เส้นทางการย้ายถิ่นแต่ละเส้นที่มีองค์กรอยู่ทั้งสองฝั่งสามารถเป็นโต๊ะที่องค์กรเหล่านั้นมาพบกันได้ ทั้งองค์กรในประเทศที่ผู้คนย้ายออกมาและองค์กรในประเทศที่พวกเขาย้ายไป ทำเครื่องหมายที่โต๊ะที่คุณต้องการเสนอบนกระดานพื้นที่เปิด ระบบจะบันทึกว่าองค์กรเหล่านั้นสนใจ จากนั้นใครก็สามารถเป็นผู้จัดวงสนทนาที่โต๊ะนั้นได้
corridor-tables-empty = ยังไม่มีเส้นทางการย้ายถิ่นใดที่มีองค์กรอยู่ทั้งสองฝั่ง เพิ่มเส้นทางการย้ายถิ่นให้กับองค์กร (ทำเนียบรายชื่อ → องค์กร) หรือนำเข้าพร้อมกับรายชื่อองค์กร
corridor-tables-origin = ต้นทาง:
corridor-tables-destination = ปลายทาง:
corridor-tables-elsewhere = องค์กรอื่น:
corridor-tables-on-board = อยู่บนกระดานแล้ว
corridor-tables-publish = เสนอโต๊ะเหล่านี้บนกระดาน
corridor-tables-none-chosen = โปรดทำเครื่องหมายที่โต๊ะที่จะเสนออย่างน้อยหนึ่งโต๊ะ
corridor-tables-added = { $count ->
    [0] ไม่ได้เพิ่มโต๊ะใดเลย
   *[other] เพิ่มโต๊ะลงบนกระดานแล้ว { $count } โต๊ะ
}
corridor-tables-already = { $count ->
    [0] {""}
   *[other] มีอยู่บนกระดานแล้ว { $count } โต๊ะ
}
corridor-table-description = องค์กรฝั่งต้นทาง: { $origin } ฝั่งปลายทาง: { $destination }
region-northern-africa = แอฟริกาเหนือ
region-eastern-africa = แอฟริกาตะวันออก
region-middle-africa = แอฟริกากลาง
region-southern-africa = แอฟริกาตอนใต้
region-western-africa = แอฟริกาตะวันตก
region-caribbean = แคริบเบียน
region-central-america = อเมริกากลาง
region-south-america = อเมริกาใต้
region-northern-america = อเมริกาเหนือ
region-central-asia = เอเชียกลาง
region-eastern-asia = เอเชียตะวันออก
region-south-eastern-asia = เอเชียตะวันออกเฉียงใต้
region-southern-asia = เอเชียใต้
region-western-asia = เอเชียตะวันตก
region-eastern-europe = ยุโรปตะวันออก
region-northern-europe = ยุโรปเหนือ
region-southern-europe = ยุโรปใต้
region-western-europe = ยุโรปตะวันตก
region-australia-new-zealand = ออสเตรเลียและนิวซีแลนด์
region-melanesia = เมลานีเซีย
region-micronesia = ไมโครนีเซีย
region-polynesia = พอลินีเซีย
region-antarctica = แอนตาร์กติกา
region-elsewhere = ที่อื่น ๆ

## Questionnaires
questionnaires-title = แบบสอบถาม
questionnaires-none = ไม่มีแบบสอบถามที่เปิดอยู่
questionnaire-new = แบบสอบถามใหม่
questionnaire-title-field = ชื่อแบบสอบถาม
questionnaire-create = สร้างและเพิ่มคำถาม
questionnaire-anonymous = ไม่ระบุชื่อ (เช่น แบบประเมินผล)
questionnaire-anonymous-help = ระบบไม่เก็บข้อมูลว่าใครเป็นผู้ตอบไว้กับคำตอบ จึงแก้ไขคำตอบไม่ได้หลังจากส่งแล้ว แต่ละคนตอบได้ครั้งเดียว
questionnaire-anonymous-short = ไม่ระบุชื่อ
questionnaire-anonymous-note = ไม่ระบุชื่อ: ระบบไม่เก็บชื่อของคุณไว้กับคำตอบ
questionnaire-anonymity-fixed = มีผู้ตอบแบบสอบถามนี้แล้ว จึงเปลี่ยนไม่ได้อีกว่าแบบสอบถามจะระบุชื่อหรือไม่ระบุชื่อ
questionnaire-question-count = { $count ->
   *[other] { $count } คำถาม
}
questionnaire-response-count = { $count ->
    [0] ยังไม่มีผู้ตอบ
   *[other] ตอบแล้ว { $count } คน
}
questionnaire-answer = ตอบ
questionnaire-change-answers = แก้ไขคำตอบของฉัน
questionnaire-answered = ตอบแล้ว
questionnaire-open = เปิดอยู่
questionnaire-open-until = เปิดถึง { $at }
questionnaire-opens = จะเปิดเมื่อ { $at }
questionnaire-closed-label = ปิดแล้ว
questionnaire-closed = แบบสอบถามนี้ปิดแล้ว ส่งหรือแก้ไขคำตอบไม่ได้อีก
questionnaire-answered-already = คุณตอบแบบสอบถามแบบไม่ระบุชื่อนี้ไปแล้ว ขอบคุณ
questionnaire-preview = ดูในแบบที่ผู้เข้าร่วมเห็น
questionnaire-settings = ชื่อ วันเวลา และการไม่ระบุชื่อ
questionnaire-opens-field = วันเวลาที่เปิด (ไม่บังคับ)
questionnaire-closes-field = วันเวลาที่ปิด (ไม่บังคับ)
questionnaire-bad-time = “{ $value }” ไม่ใช่วันที่และเวลา
questionnaire-closes-before-opening = เวลาปิดแบบสอบถามต้องอยู่หลังเวลาเปิด
questionnaire-saved = บันทึกแล้ว
questionnaire-questions = คำถาม
questionnaire-no-questions = ยังไม่มีคำถาม เพิ่มคำถามแรกได้ด้านล่าง ผู้เข้าร่วมจะเห็นแบบสอบถามเมื่อมีคำถามอย่างน้อยหนึ่งข้อ
questionnaire-too-many-questions = แบบสอบถามหนึ่งชุดมีคำถามได้ไม่เกิน { $max } ข้อ
questionnaire-title-needed = โปรดใส่ชื่อในภาษาแรกของการประชุมหารือ: { $lang }
questionnaire-text-too-long = มีข้อความที่ยาวเกิน { $max } ตัวอักษร
questionnaire-text-nul = มีข้อความที่มีอักขระ NUL
questionnaire-thanks = ขอบคุณ บันทึกคำตอบของคุณแล้ว คุณแก้ไขคำตอบได้จนกว่าแบบสอบถามจะปิด
questionnaire-thanks-anonymous = ขอบคุณ บันทึกคำตอบของคุณแล้ว โดยไม่มีชื่อของคุณ
questionnaire-fix-answers = มีคำตอบบางข้อที่ต้องแก้ไข โปรดดูข้อความด้านล่าง
questionnaire-editing = คุณตอบไปแล้ว แก้ไขส่วนที่ต้องการแล้วบันทึกอีกครั้งได้
questionnaire-send = ส่งคำตอบของฉัน
questionnaire-save-changes = บันทึกการแก้ไข
question-add = เพิ่มคำถาม
question-edit = แก้ไขคำถามนี้
question-delete = ลบ
question-move-up = เลื่อนขึ้น
question-move-down = เลื่อนลง
question-text = คำถาม
question-kind = ประเภทคำตอบ
question-kind-short = ข้อความสั้น
question-kind-long = ข้อความยาว
question-kind-single = เลือกได้ข้อเดียว
question-kind-multiple = เลือกได้หลายข้อ
question-kind-countries = ประเทศ
question-kind-scale = มาตราส่วน 1 ถึง 5
question-kind-yes_no = ใช่หรือไม่ใช่
question-kind-unknown = ไม่รู้จักประเภทคำถาม “{ $value }”
question-choices = ตัวเลือก บรรทัดละหนึ่งข้อ
question-choices-help = ใช้เฉพาะกับ “เลือกได้ข้อเดียว” และ “เลือกได้หลายข้อ” คำแปลให้เรียงตามลำดับเดียวกัน บรรทัดละหนึ่งข้อ
question-required = ต้องตอบ
question-shared = ผู้เข้าร่วมอ่านคำตอบได้
question-shared-field = ทุกคนที่เข้าสู่ระบบอ่านคำตอบได้ (หากไม่เลือก จะมีเพียงผู้จัดงานที่อ่านได้)
question-suggests-topics = เสนอหัวข้อ
question-suggests-topics-field = จัดกลุ่มคำตอบเป็นหัวข้อที่แนะนำสำหรับพื้นที่เปิด
question-text-needed = โปรดเขียนคำถามในภาษาแรกของการประชุมหารือ: { $lang }
question-duplicate = แบบสอบถามนี้มีคำถาม “{ $text }” อยู่แล้ว
question-choices-count = โปรดใส่ตัวเลือก 2 ถึง { $max } ข้อ บรรทัดละหนึ่งข้อ
question-choice-needed = ตัวเลือกทุกข้อต้องมีข้อความในภาษานี้: { $lang }
question-choice-twice = ตัวเลือก “{ $choice }” ซ้ำกันสองครั้ง
question-suggests-needs-text = เฉพาะคำถามแบบข้อความสั้นหรือข้อความยาวเท่านั้นที่เสนอหัวข้อได้
answer-required = โปรดตอบคำถามนี้
answer-invalid = “{ $value }” ไม่ใช่คำตอบที่เลือกได้
answer-too-long = คำตอบยาวเกิน { $max } ตัวอักษร
answer-one-choice = โปรดเลือกคำตอบเพียงข้อเดียว
answer-yes = ใช่
answer-no = ไม่ใช่
answer-countries-help = กดปุ่ม Ctrl (หรือ ⌘) ค้างไว้เพื่อเลือกหลายประเทศ
scale-1 = 1 – ไม่เลย
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – มากที่สุด

## Results
results-title = ผลลัพธ์
results-responses = คำตอบจาก { $count } คน
results-answered = ตอบ { $count } คน
results-fewer-than-3 = น้อยกว่า 3
results-small-counts = จำนวนที่น้อยกว่า 3 จะแสดงเป็น “น้อยกว่า 3” เพื่อไม่ให้คำตอบที่พบไม่บ่อยชี้ไปถึงตัวบุคคลได้
results-csv = ดาวน์โหลดผลลัพธ์ (CSV)
results-csv-question = คำถาม
results-csv-answer = คำตอบ
results-csv-count = จำนวน
results-csv-organisation = องค์กร
results-csv-language = ภาษา

## Topic suggestions
suggestions-title = หัวข้อที่แนะนำ
suggestions-intro = คำตอบที่พูดถึงหัวข้อเดียวกันจะถูกจัดไว้ในกลุ่มเดียวกัน ไม่ว่าจะเขียนเป็นภาษาใด คุณสามารถเปลี่ยนชื่อ รวม แยก หรือตัดกลุ่มออก แล้วเผยแพร่บนกระดานพื้นที่เปิดเป็นหัวข้อที่แนะนำ โดยระบบจะบันทึกว่าองค์กรของผู้ตอบสนใจหัวข้อนั้น
suggestions-no-question = ไม่มีคำถามใดในแบบสอบถามนี้ที่เสนอหัวข้อ โปรดทำเครื่องหมายที่ “จัดกลุ่มคำตอบเป็นหัวข้อที่แนะนำ” ให้กับคำถามหนึ่งข้อในแบบสอบถาม
suggestions-no-model-help = ยังไม่ได้ติดตั้งโมเดลหัวข้อบนเซิร์ฟเวอร์นี้ จึงจัดกลุ่มคำตอบไม่ได้ โปรดตั้งค่า CONVENE_MODEL ให้ชี้ไปที่ไฟล์ e5-small-q4.bin (ดู README)
suggestions-no-model = ใช้โมเดลหัวข้อไม่ได้: { $why }
suggestions-answers = { $count ->
   *[other] { $count } คำตอบ
}
suggestions-waiting = { $count ->
   *[other] กำลังอ่านอีก { $count } คำตอบ
}
suggestions-group = จัดกลุ่มคำตอบ
suggestions-regroup = จัดกลุ่มใหม่ (ข้อเสนอที่เผยแพร่แล้วจะยังคงอยู่)
suggestions-done = เสร็จแล้ว
suggestion-on-board = อยู่บนกระดานแล้ว
suggestion-organisations = องค์กรที่สนใจ: { $organisations }
suggestion-publish = เผยแพร่บนกระดาน
suggestion-drop = ตัดออก
suggestion-curate = เปลี่ยนชื่อ รวม หรือแยก
suggestion-title = ชื่อหัวข้อ
suggestion-rename = เปลี่ยนชื่อ
suggestion-merge-into = รวมเข้ากับ
suggestion-merge = รวม
suggestion-merge-choose = โปรดเลือกข้อเสนอที่จะรวมเข้าด้วย
suggestion-split-answers = คำตอบที่จะย้ายไปยังข้อเสนอใหม่
suggestion-new-title = ชื่อของข้อเสนอใหม่
suggestion-split = แยก
suggestion-title-needed = ข้อเสนอต้องมีชื่อที่ยาวไม่เกิน { $max } ตัวอักษร
suggestion-split-some = โปรดเลือกคำตอบบางข้อ (ไม่ใช่ทั้งหมด) เพื่อแยกออกไป
suggestion-published-already = ข้อเสนอนี้อยู่บนกระดานแล้ว
suggestion-action-unknown = ไม่รู้จักการดำเนินการ “{ $value }”
suggestion-topic-interested = แนะนำจากแบบสอบถาม องค์กรที่สนใจ: { $organisations }
questionnaire-translations = คำแปลในภาษาอื่น
my-questionnaire-waiting = แบบสอบถาม “{ $title }” รอคำตอบของคุณ

## Importing answers
import-answers-title = นำเข้าคำตอบจากเครื่องมือแบบฟอร์มอื่น
import-answers-file = ไฟล์ CSV ของคำตอบ
import-answers-check = ตรวจสอบไฟล์
import-answers-choose-file = โปรดเลือกไฟล์ CSV ของคำตอบ
import-answers-failed = ไม่ได้นำเข้าไฟล์ และไม่มีการบันทึกข้อมูลใด ๆ
import-answers-preview = ยังไม่มีการบันทึกข้อมูลใด ๆ: โปรดตรวจสอบว่าระบบอ่านไฟล์อย่างไร
import-answers-done = นำเข้าคำตอบแล้ว
import-answers-apply = นำเข้าคำตอบเหล่านี้
import-answers-rows = { $count ->
   *[other] มีคำตอบ { $count } แถว
}
import-answers-matched = { $count ->
    [0] ไม่มีแถวใดที่ตรงกับผู้เข้าร่วม
   *[other] มี { $count } แถวที่ตรงกับผู้เข้าร่วม คำตอบเดิมของผู้เข้าร่วมจะถูกแทนที่
}
import-answers-column = คอลัมน์
import-answers-read-as = อ่านเป็น
import-answers-column-email = อีเมลของบุคคล
import-answers-column-name = ชื่อของบุคคล
import-answers-column-not-read = ไม่ได้อ่าน
import-answers-unmatched = แถวต่อไปนี้ไม่ตรงกับบุคคลใดในทำเนียบรายชื่อ ระบบจะเก็บคำตอบของแถวเหล่านี้ไว้โดยไม่ผูกกับบุคคลใด:
import-answers-line = บรรทัด { $line }
import-answers-format = แถวหัวตารางที่มีข้อความของคำถามในภาษาใดก็ได้ของแบบสอบถาม ตามด้วยแถวละหนึ่งคน ตามที่ Google Forms, KoboToolbox หรือ LimeSurvey ส่งออก คอลัมน์ “email” (อีเมล) หรือ “name” (ชื่อ) ใช้จับคู่กับบุคคลในทำเนียบรายชื่อ หากเซลล์เดียวมีหลายตัวเลือก ให้คั่นด้วยเครื่องหมายจุลภาค (,) หรืออัฒภาค (;) ไฟล์ต้องคั่นด้วยเครื่องหมายจุลภาคหรืออัฒภาค และเข้ารหัสแบบ UTF-8 จะมี BOM หรือไม่ก็ได้ หากมีแถวใดผิดพลาด ระบบจะไม่บันทึกข้อมูลใด ๆ
import-answers-no-question-column = ไม่มีคอลัมน์ใดเป็นคำถามของแบบสอบถามนี้ คอลัมน์ที่พบ: { $found }
import-answers-person-twice = { $who } ตอบไปแล้วในบรรทัด { $line }
import-answers-empty = ไฟล์นี้ไม่มีแถวคำตอบ
