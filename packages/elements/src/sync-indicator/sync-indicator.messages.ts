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
    // Counts changes the portal refused and changes from the portal this device refused.
    refused: (p: { count: number }) => (p.count === 1 ? '1 change was refused' : `${p.count} changes were refused`),
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
    refused: (p) => (p.count === 1 ? '1 cambio fue rechazado' : `${p.count} cambios fueron rechazados`),
    retry: 'Intentar ahora',
  },
});
