import { createApp } from 'vue';
import '@otkit/elements/define.js';
import type {} from '@otkit/elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
