//! `attachForm`: live validation of a real `<form>` through the DOM (web-sys).
//!
//! One `input` and one `change` listener on the form (events bubble from every field), one
//! capturing `invalid` listener to reveal every message when the user tries to submit. Messages
//! are written with `textContent`, never as HTML. Everything added is recorded so that the
//! returned function restores the form exactly.

use super::{is_error, Diagnostic, FormReport};
use crate::form::{DocumentForm, Signer, FIELDS};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlFormElement};

/// A form control the validator reads and marks.
struct Control {
    field: &'static str,
    elements: Vec<Element>,
    /// The element showing this field's messages.
    message: Element,
    /// Whether `message` was created here (and is removed on detach).
    created: bool,
    /// `aria-describedby` before attaching, to restore.
    described_by: Vec<Option<String>>,
}

struct State {
    form: HtmlFormElement,
    config: crate::Config,
    controls: Vec<Control>,
    form_message: Element,
    form_message_created: bool,
    /// Fields the user has interacted with; their messages are visible.
    touched: BTreeSet<&'static str>,
    show_all: bool,
}

type Listener = Closure<dyn FnMut(Event)>;

pub(super) fn attach(form: HtmlFormElement, config: crate::Config) -> Result<JsValue, JsError> {
    let document = form
        .owner_document()
        .ok_or_else(|| JsError::new("vanban: the form is not in a document"))?;
    let js = |e: JsValue| JsError::new(&format!("vanban: {e:?}"));
    let mut controls = Vec::new();
    for (i, &field) in FIELDS.iter().enumerate() {
        let list = form
            .query_selector_all(&format!("[name=\"{field}\"]"))
            .map_err(js)?;
        let elements: Vec<Element> = (0..list.length())
            .filter_map(|k| list.item(k))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect();
        let Some(last) = elements.last().cloned() else {
            continue;
        };
        let (message, created) = match form
            .query_selector(&format!("[data-vanban-for=\"{field}\"]"))
            .map_err(js)?
        {
            Some(m) => (m, false),
            None => {
                let m = document.create_element("div").map_err(js)?;
                m.set_class_name("vanban-message");
                m.set_attribute("data-vanban-for", field).map_err(js)?;
                last.after_with_node_1(&m).map_err(js)?;
                (m, true)
            }
        };
        if message.id().is_empty() {
            message.set_id(&format!("vanban-message-{i}"));
        }
        message.set_attribute("aria-live", "polite").map_err(js)?;
        let mut described_by = Vec::new();
        for el in &elements {
            let before = el.get_attribute("aria-describedby");
            let ids = match &before {
                Some(b) if !b.split_whitespace().any(|x| x == message.id()) => {
                    format!("{b} {}", message.id())
                }
                Some(b) => b.clone(),
                None => message.id(),
            };
            el.set_attribute("aria-describedby", &ids).map_err(js)?;
            described_by.push(before);
        }
        controls.push(Control {
            field,
            elements,
            message,
            created,
            described_by,
        });
    }
    let (form_message, form_message_created) =
        match form.query_selector("[data-vanban-form]").map_err(js)? {
            Some(m) => (m, false),
            None => {
                let m = document.create_element("div").map_err(js)?;
                m.set_class_name("vanban-form-message");
                m.set_attribute("data-vanban-form", "").map_err(js)?;
                form.append_child(&m).map_err(js)?;
                (m, true)
            }
        };
    form_message
        .set_attribute("aria-live", "polite")
        .map_err(js)?;

    let state = Rc::new(RefCell::new(State {
        form: form.clone(),
        config,
        controls,
        form_message,
        form_message_created,
        touched: BTreeSet::new(),
        show_all: false,
    }));

    let on_input: Listener = {
        let state = state.clone();
        Closure::new(move |e: Event| {
            let mut s = state.borrow_mut();
            if let Some(field) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.get_attribute("name"))
                .and_then(|n| FIELDS.iter().find(|f| **f == n).copied())
            {
                s.touched.insert(field);
            }
            s.validate();
        })
    };
    let on_invalid: Listener = {
        let state = state.clone();
        Closure::new(move |_e: Event| {
            let mut s = state.borrow_mut();
            if !s.show_all {
                s.show_all = true;
                s.validate();
            }
        })
    };
    let callback = |l: &Listener| l.as_ref().unchecked_ref::<js_sys::Function>().clone();
    form.add_event_listener_with_callback("input", &callback(&on_input))
        .map_err(js)?;
    form.add_event_listener_with_callback("change", &callback(&on_input))
        .map_err(js)?;
    form.add_event_listener_with_callback_and_bool("invalid", &callback(&on_invalid), true)
        .map_err(js)?;
    state.borrow_mut().validate();

    let detach = Closure::once_into_js(move || {
        let _ = form.remove_event_listener_with_callback("input", &callback(&on_input));
        let _ = form.remove_event_listener_with_callback("change", &callback(&on_input));
        let _ = form.remove_event_listener_with_callback_and_bool(
            "invalid",
            &callback(&on_invalid),
            true,
        );
        state.borrow().restore();
        drop(on_input);
        drop(on_invalid);
    });
    Ok(detach)
}

/// The value of a control: input, select or textarea.
fn value_of(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else {
        el.text_content().unwrap_or_default()
    }
}

fn set_validity(el: &Element, message: &str) {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_custom_validity(message);
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.set_custom_validity(message);
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_custom_validity(message);
    }
}

/// "message (rule)" lines for a field's findings.
fn describe(findings: &[&Diagnostic]) -> String {
    findings
        .iter()
        .map(|d| format!("{} ({})", d.message, d.rule))
        .collect::<Vec<_>>()
        .join("\n")
}

impl State {
    fn read(&self) -> DocumentForm {
        let get = |field: &str| -> Vec<String> {
            self.controls
                .iter()
                .find(|c| c.field == field)
                .map(|c| c.elements.iter().map(value_of).collect())
                .unwrap_or_default()
        };
        let one = |field: &str| get(field).join("\n");
        DocumentForm {
            doc_type: one("docType"),
            number: one("number"),
            symbol: one("symbol"),
            issuer: one("issuer"),
            parent_issuer: one("parentIssuer"),
            place: one("place"),
            issue_date: one("issueDate"),
            summary: one("summary"),
            signer: Signer {
                authority: one("signer.authority"),
                title: one("signer.title"),
                name: one("signer.name"),
            },
            recipients: get("recipients")
                .iter()
                .flat_map(|v| v.lines().map(str::to_string).collect::<Vec<_>>())
                .collect(),
            profile: self
                .form
                .get_attribute("data-vanban-profile")
                .filter(|p| !p.is_empty()),
        }
    }

    fn validate(&mut self) {
        let form = self.read();
        let report = FormReport::from(crate::form::validate(&form, &self.config));
        for c in &self.controls {
            let mut findings: Vec<&Diagnostic> = report
                .fields
                .get(c.field)
                .map(|v| v.iter().collect())
                .unwrap_or_default();
            findings.extend(report.form.iter().filter(|d| d.fields.contains(&c.field)));
            let first_error = findings.iter().find(|d| is_error(d));
            let visible = self.show_all || self.touched.contains(c.field);
            for el in &c.elements {
                set_validity(el, first_error.map_or("", |d| d.message.as_str()));
                if first_error.is_some() && visible {
                    let _ = el.set_attribute("aria-invalid", "true");
                } else {
                    let _ = el.remove_attribute("aria-invalid");
                }
            }
            let text = if visible {
                describe(&findings)
            } else {
                String::new()
            };
            c.message.set_text_content(Some(&text));
            let class = match (visible, first_error.is_some(), findings.is_empty()) {
                (false, _, _) | (_, _, true) => "",
                (true, true, _) => "error",
                (true, false, false) => "warning",
            };
            let _ = c.message.set_attribute("data-severity", class);
        }
        let cross: Vec<&Diagnostic> = report.form.iter().collect();
        let show_form = self.show_all || !self.touched.is_empty();
        self.form_message.set_text_content(Some(&if show_form {
            describe(&cross)
        } else {
            String::new()
        }));
        // let the page draw a preview or a summary
        let init = web_sys::CustomEventInit::new();
        if let Ok(detail) = super::to_js(&report) {
            init.set_detail(&detail);
        }
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("vanban:report", &init) {
            let _ = self.form.dispatch_event(&event);
        }
    }

    fn restore(&self) {
        for c in &self.controls {
            for (el, before) in c.elements.iter().zip(&c.described_by) {
                set_validity(el, "");
                let _ = el.remove_attribute("aria-invalid");
                match before {
                    Some(b) => {
                        let _ = el.set_attribute("aria-describedby", b);
                    }
                    None => {
                        let _ = el.remove_attribute("aria-describedby");
                    }
                }
            }
            if c.created {
                c.message.remove();
            } else {
                c.message.set_text_content(None);
                let _ = c.message.remove_attribute("data-severity");
            }
        }
        if self.form_message_created {
            self.form_message.remove();
        } else {
            self.form_message.set_text_content(None);
        }
    }
}
