/**
 * Site-wide contact facts. The CJG phone number, e-mail and hours are
 * sample data until the CJG confirms them; the urgent numbers are real
 * national numbers.
 */
export const contact = {
  phone: '023 - 799 50 50', // sample data
  tel: '+31237995050', // sample data
  email: 'info@samenopgroeien.example', // sample data
  hours: 'maandag tot en met vrijdag van 9.00 tot 17.00 uur', // sample data
};

export const urgentNumbers = [
  { number: '112', tel: '112', label: 'bij direct gevaar' },
  { number: '113', tel: '113', label: 'of 0800-0113, als je aan zelfmoord denkt (gratis, anoniem, dag en nacht)' },
  { number: '0800-2000', tel: '08002000', label: 'Veilig Thuis: bij huiselijk geweld of kindermishandeling (gratis, dag en nacht)' },
  { number: '0800-0432', tel: '08000432', label: 'De Kindertelefoon, voor kinderen en jongeren tot 18 jaar (gratis, anoniem)' },
];
