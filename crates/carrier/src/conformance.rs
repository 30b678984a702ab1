//! Checks JSON documents against the protocol's schemas.
//!
//! A carrier implementing the protocol can run its answers through
//! [`check`]; Sapar's own tests do so for the sandbox's answers and for the
//! domain types that travel on the wire. It understands the subset of JSON
//! Schema that the generated document uses: `$ref`, `oneOf`/`anyOf`/`allOf`,
//! `type` (one or several), `enum`, `properties`/`required`, `items`.

use serde_json::Value;
use std::sync::OnceLock;

fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(&crate::openapi::openapi_json()).unwrap_or(Value::Null))
}

/// Checks `value` against the component schema `schema_name` (e.g. `Offer`).
/// Returns every mismatch found, as `path: what`.
pub fn check(schema_name: &str, value: &Value) -> Result<(), Vec<String>> {
    let doc = document();
    let mut errors = Vec::new();
    match doc.pointer(&format!("/components/schemas/{schema_name}")) {
        Some(schema) => check_value(doc, schema, value, "$", &mut errors),
        None => errors.push(format!("no schema named {schema_name}")),
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| doc.pointer(p))
            .unwrap_or(&Value::Null),
        None => schema,
    }
}

fn type_matches(t: &str, value: &Value) -> bool {
    match t {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    }
}

fn check_value(doc: &Value, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    if schema.is_null() {
        errors.push(format!("{path}: unresolvable schema reference"));
        return;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let fits = branches.iter().any(|b| {
                let mut e = Vec::new();
                check_value(doc, b, value, path, &mut e);
                e.is_empty()
            });
            if !fits {
                errors.push(format!("{path}: fits none of the {key} branches: {value}"));
            }
            return;
        }
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        for p in parts {
            check_value(doc, p, value, path, errors);
        }
    }
    match schema.get("type") {
        Some(Value::String(t)) if !type_matches(t, value) => {
            errors.push(format!("{path}: expected {t}, got {value}"));
            return;
        }
        Some(Value::Array(ts))
            if !ts
                .iter()
                .filter_map(Value::as_str)
                .any(|t| type_matches(t, value)) =>
        {
            errors.push(format!("{path}: expected one of {ts:?}, got {value}"));
            return;
        }
        _ => {}
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{path}: {value} is not one of {allowed:?}"));
        }
    }
    if let (Some(obj), Some(props)) = (
        value.as_object(),
        schema.get("properties").and_then(Value::as_object),
    ) {
        for (k, v) in obj {
            match props.get(k) {
                Some(s) => check_value(doc, s, v, &format!("{path}.{k}"), errors),
                None => errors.push(format!("{path}: property {k} is not in the schema")),
            }
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for r in required.iter().filter_map(Value::as_str) {
                if !obj.contains_key(r) {
                    errors.push(format!("{path}: required property {r} is missing"));
                }
            }
        }
    }
    if let (Some(items), Some(item_schema)) = (value.as_array(), schema.get("items")) {
        for (i, v) in items.iter().enumerate() {
            check_value(doc, item_schema, v, &format!("{path}[{i}]"), errors);
        }
    }
}
