import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { i18n } from './lib/shared/i18n/index.svelte';
import { applyTheme } from './lib/shell/theme.svelte';

document.documentElement.lang = i18n.lang;
applyTheme();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target });
