import { defineMessages } from '../i18n/messages.js';

/** Words of `<ot-sync-indicator>` in English and Spanish (the type makes sure both have every key). */
export const syncIndicatorMessages = defineMessages({
  en: {
    synced: 'Saved to the portal',
    notYet: 'Not sent to the portal yet',
    syncing: 'Sending…',
    offline: (p: { count: number }) =>
      p.count === 0 ? 'Offline' : p.count === 1 ? 'Offline: 1 change waits' : `Offline: ${p.count} changes wait`,
    failed: 'Could not reach the portal: trying again',
    signIn: 'Sign in again to send changes to the portal',
    forbidden: 'This account may not send changes to the portal',
    refused: (p: { count: number }) =>
      p.count === 1 ? 'The portal refused 1 change' : `The portal refused ${p.count} changes`,
    retry: 'Try now',
  },
  es: {
    synced: 'Guardado en el portal',
    notYet: 'Aún no se envió al portal',
    syncing: 'Enviando…',
    offline: (p) =>
      p.count === 0
        ? 'Sin conexión'
        : p.count === 1
          ? 'Sin conexión: 1 cambio en espera'
          : `Sin conexión: ${p.count} cambios en espera`,
    failed: 'No se pudo llegar al portal: se vuelve a intentar',
    signIn: 'Vuelva a iniciar sesión para enviar los cambios al portal',
    forbidden: 'Esta cuenta no puede enviar cambios al portal',
    refused: (p) => (p.count === 1 ? 'El portal rechazó 1 cambio' : `El portal rechazó ${p.count} cambios`),
    retry: 'Intentar ahora',
  },
});
