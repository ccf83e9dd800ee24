// Entry point: mounts the app into index.html's #app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { applySettings } from './state/settings.svelte';
import { DEFAULT_SETTINGS } from './state/settingsModel';

// The defaults until the stored settings load: no flash of the wrong theme on a dark system.
applySettings(DEFAULT_SETTINGS, matchMedia('(prefers-color-scheme: dark)').matches, navigator.language);

const target = document.getElementById('app');
if (target === null) throw new Error('index.html lacks the #app element');

export default mount(App, { target });
