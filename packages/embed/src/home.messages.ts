import { defineMessages } from '@otkit/elements';

/** Words of home.html: sending the log back, and the friendly messages for a bad link. */
export const homePageMessages = defineMessages({
  en: {
    problemTitle: 'This home practice cannot be shown',
    empty: 'There is no home practice in this link. Ask your therapist to send the link again.',
    malformed: 'This link does not hold home practice this page can read. Ask your therapist to send it again.',
    truncated: 'This link is cut short: its end is missing. Copy the whole link again.',
    version: 'This home practice was made by a newer version. Ask your therapist for a new link.',
    oversize: 'This home practice is too big for a link. Ask your therapist for a smaller one.',
    invalid: 'Part of this home practice is not allowed:',
    sendTitle: 'Send your practice back',
    sendHelp: 'Your log stays on this phone. Before the next session, send it to your therapist as a code or a file.',
    copy: 'Copy or share the code',
    save: 'Save as a file',
    code: 'Your practice code',
    copied: 'The code is ready to paste into a message.',
    copyByHand: 'Select the code above and copy it.',
    saved: 'The file is saved: attach it to a message to your therapist.',
  },
  es: {
    problemTitle: 'No se puede mostrar esta práctica en casa',
    empty: 'Este enlace no tiene práctica en casa. Pida a su terapeuta que se lo envíe de nuevo.',
    malformed:
      'Este enlace no contiene práctica que esta página pueda leer. Pida a su terapeuta que lo envíe de nuevo.',
    truncated: 'Este enlace está cortado: le falta el final. Copie otra vez el enlace completo.',
    version: 'Esta práctica se hizo con una versión más nueva. Pida a su terapeuta un enlace nuevo.',
    oversize: 'Esta práctica es demasiado grande para un enlace. Pida a su terapeuta una más pequeña.',
    invalid: 'Una parte de esta práctica no está permitida:',
    sendTitle: 'Envíe su práctica',
    sendHelp:
      'Su registro se queda en este teléfono. Antes de la próxima sesión, envíelo a su terapeuta como código o archivo.',
    copy: 'Copiar o compartir el código',
    save: 'Guardar como archivo',
    code: 'Su código de práctica',
    copied: 'El código está listo para pegarlo en un mensaje.',
    copyByHand: 'Seleccione el código de arriba y cópielo.',
    saved: 'El archivo está guardado: adjúntelo a un mensaje para su terapeuta.',
  },
});
