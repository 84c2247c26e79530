//! Trace helper for instrumented Rust code, written by specula's `trace instrument`.
//! A traced method logs one NDJSON line when its call changed a traced field:
//! {"event": NAME, FIELD: [{"op": "Update", "path": [], "args": [NEW VALUE]}], ...}
//! Lines go to the file named by SPECULA_TRACE_FILE, else to standard output.
use std::io::Write;

/// How a traced type shows its variables: (name, JSON text) pairs, e.g.
/// `vec![("owner", json_str(&self.owner)), ("count", self.count.to_string())]`.
pub trait State {
    fn fields(&self) -> Vec<(&'static str, String)>;
}

/// A JSON string literal.
#[allow(dead_code)]
pub fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn log(event: &str, before: &[(&'static str, String)], after: &[(&'static str, String)]) {
    let mut line = format!("{{\"event\": {}", json_str(event));
    let mut changed = false;
    for (name, now) in after {
        let old = before.iter().find(|(n, _)| n == name).map(|(_, v)| v);
        if old != Some(now) {
            changed = true;
            line.push_str(&format!(", {}: [{{\"op\": \"Update\", \"path\": [], \"args\": [{}]}}]", json_str(name), now));
        }
    }
    if !changed {
        return;
    }
    line.push_str("}\n");
    match std::env::var("SPECULA_TRACE_FILE") {
        Ok(path) => {
            let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).expect("trace file");
            f.write_all(line.as_bytes()).expect("trace write");
        }
        Err(_) => {
            print!("{}", line);
        }
    }
}
