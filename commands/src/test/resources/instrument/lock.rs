// A lock server for the instrumentation test.
struct LockServer {
    owner: Option<String>,
    queue: Vec<String>,
}

impl specula_trace::State for LockServer {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let owner = match &self.owner {
            Some(o) => specula_trace::json_str(o),
            None => "null".to_string(),
        };
        let queue: Vec<String> = self.queue.iter().map(|c| specula_trace::json_str(c)).collect();
        vec![("owner", owner), ("queue", format!("[{}]", queue.join(", ")))]
    }
}

impl LockServer {
    pub fn request<'a>(&mut self, client: &'a str) -> bool {
        if self.owner.as_deref() == Some(client) || self.queue.iter().any(|c| c == client) {
            return false;
        }
        self.queue.push(client.to_string());
        true
    }

    pub fn grant(&mut self) -> bool {
        if self.owner.is_some() || self.queue.is_empty() {
            return false;
        }
        let c = self.queue.remove(0);
        self.owner = Some(c);
        let _brace = '}';
        true
    }

    pub fn release(&mut self, client: &str) -> bool {
        if self.owner.as_deref() != Some(client) {
            return false;
        }
        self.owner = None;
        true
    }
}

fn main() {
    let mut s = LockServer { owner: None, queue: Vec::new() };
    s.request("c1");
    s.request("c2");
    s.grant();
    s.grant();
    s.release("c1");
    s.grant();
}
