import i18next from 'i18next';
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { HelpProvider, useHelp } from '../../../src-renderer/components/help';
import { i18nOptions, messageFormatter } from '../../../src-renderer/messages';

/** Mounts one kit primitive the way a screen does (French interface, side-panel help) and drives it as a user. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function HelpShown() {
  const { help } = useHelp();
  return createElement('aside', { id: 'help' }, help ? `${help.title} — ${help.text}` : '');
}

export async function mount(node: ReactNode, locale: 'fr' | 'en' = 'fr') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).use(messageFormatter).init({ ...i18nOptions(locale), initAsync: false });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const render = (n: ReactNode) => act(async () => root.render(createElement(I18nextProvider, { i18n }, createElement(HelpProvider, null, n, createElement(HelpShown)))));
  await render(node);
  return {
    host,
    /** Renders again with new props (e.g. the store sent back a new value). */
    rerender: render,
    get: <E extends Element = HTMLElement>(selector: string) => {
      const el = host.querySelector<E>(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      return el;
    },
    helpText: () => host.querySelector('#help')!.textContent ?? '',
    unmount: async () => {
      await act(async () => root.unmount());
      host.remove();
    },
  };
}

/** Types a whole new value into an input, textarea or select, as React sees a user do it. */
export async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  await act(async () => {
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const proto = Object.getPrototypeOf(el) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Leaves the control (the kit saves on blur). */
export async function leave(el: HTMLElement) {
  await act(async () => {
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

export async function click(el: HTMLElement) {
  await act(async () => el.click());
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
