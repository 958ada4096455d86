import { THEME_STORAGE_KEY } from '@/lib/site';

// Runs in <head> before first paint: marks that JavaScript runs (the player's
// interactive view keys off `data-js`) and applies the stored or system theme,
// so a reload never flashes the wrong colours. An embed (/embed/…) takes its
// theme from `?theme=light|dark` (the host page chose it), else the system's.
export const themeScript = `(function(){var d=document.documentElement;d.dataset.js='';try{var t;if(location.pathname.indexOf('/embed/')===0){t=(new URLSearchParams(location.search).get('theme')||'').trim().toLowerCase()}else{t=localStorage.getItem('${THEME_STORAGE_KEY}')}if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t}catch(e){}})()`;
