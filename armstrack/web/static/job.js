// Polls an ingest job's status until it is done, filling the page with text nodes only:
// error lines and ids come from untrusted input and must never be parsed as HTML.
"use strict";

(function () {
  const box = document.getElementById("job");
  if (!box) return;
  const jobId = box.dataset.job;

  function link(href, text) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function fill(listId, items, make, empty) {
    const list = document.getElementById(listId);
    list.replaceChildren();
    for (const item of items) {
      const li = document.createElement("li");
      li.append(make(item));
      list.append(li);
    }
    if (!items.length) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = empty;
      list.append(li);
    }
  }

  function show(job) {
    box.dataset.state = job.state;
    const state = document.getElementById("job-state");
    state.textContent = job.state;
    state.className = "job-" + job.state;
    document.getElementById("job-processed").textContent = job.processed;
    document.getElementById("job-counts").textContent =
      Object.entries(job.counts).map(([name, n]) => name + ": " + n).join(" · ");
    fill("job-errors", job.errors, (line) => line, "none");
    fill("job-documents", job.documents, (id) => link("/documents/" + encodeURIComponent(id), id), "none yet");
    fill("job-deals", job.deals, (id) => link("/deals/" + encodeURIComponent(id), id), "none yet");
    const progress = document.getElementById("job-progress");
    if (job.state === "done" || job.state === "failed") {
      progress.max = 1;
      progress.value = 1;
    }
  }

  async function poll() {
    try {
      const response = await fetch("/api/jobs/" + encodeURIComponent(jobId), { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const job = await response.json();
      show(job);
      if (job.state === "queued" || job.state === "running") setTimeout(poll, 500);
    } catch (err) {
      setTimeout(poll, 2000);  // the server may be restarting
    }
  }

  if (box.dataset.state === "queued" || box.dataset.state === "running") poll();
})();
