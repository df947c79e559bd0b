;;; client.el --- Drives Berth's language server from Emacs through eglot  -*- lexical-binding: t -*-

;; Run as `emacs --batch -Q -l client.el'.  For each folder named by BERTH_EGLOT_FOLDERS (a project
;; with a .git folder, then a loose folder outside any project) it opens app.berth, starts the
;; server from `eglot-server-programs' as M-x eglot does, and writes what it saw, one JSON object
;; per line, to the file named by BERTH_EGLOT_RESULTS.  The mode and server entry are the README's.

(require 'package)
(setq package-directory-list (list (getenv "BERTH_ELPA")))
(package-initialize)
(require 'eglot)
(require 'json)

(defconst berth-results (getenv "BERTH_EGLOT_RESULTS"))
(defconst berth-wait-seconds 30 "The longest any one wait for the server may take.")

(define-derived-mode berth-mode prog-mode "Berth"
  "Major mode for Berth models."
  (setq-local comment-start "// ")
  (setq-local tab-width 4 indent-tabs-mode nil)) ; eglot asks the formatter for tab-width spaces
(add-to-list 'auto-mode-alist '("\\.berth\\'" . berth-mode))
(add-to-list 'eglot-server-programs
             `(berth-mode ,(getenv "BERTH_JAVA") "-jar" ,(getenv "BERTH_SERVER_JAR")))
(setq eglot-sync-connect t
      eglot-connect-timeout berth-wait-seconds)

(defun berth-report (step value)
  "Appends STEP and its VALUE to the results file."
  (write-region (concat (json-encode `((step . ,step) (value . ,value))) "\n")
                nil berth-results 'append 'silent))

(defun berth-wait (what predicate)
  "Lets the server answer until PREDICATE holds.
Fails, naming WHAT, after `berth-wait-seconds'."
  (let ((deadline (+ (float-time) berth-wait-seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.1))))

(defun berth-code (diagnostic)
  "The LSP code of a Flymake DIAGNOSTIC that eglot made."
  (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)) :code))

(defun berth-diagnostic (code)
  "The current buffer's Flymake diagnostic with CODE.
Waits for the server to publish it."
  (let (found)
    (berth-wait code (lambda ()
                       (flymake-start)
                       (setq found (seq-find (lambda (d) (equal (berth-code d) code))
                                             (flymake-diagnostics)))))
    found))

(defun berth-goto (text)
  "Moves point to the first TEXT in the buffer."
  (goto-char (point-min))
  (search-forward text)
  (goto-char (match-beginning 0)))

(defun berth-scenario (name folder)
  "Diagnoses, navigates, fixes, renames and formats the models in FOLDER.
Reports each step as NAME/step."
  (let ((step (lambda (what value) (berth-report (concat name "/" what) value)))
        (app (find-file (expand-file-name "app.berth" folder))))
    (call-interactively #'eglot)
    (let ((server (eglot-current-server)))
      (funcall step "project" (list (symbol-name (car (eglot--project server)))
                                    (expand-file-name (project-root (eglot--project server)))))
      (berth-diagnostic "security.plaintext-secret")
      (funcall step "diagnostics" (vconcat (sort (mapcar #'berth-code (flymake-diagnostics)) #'string<)))
      (berth-goto "node1")
      (call-interactively #'xref-find-definitions)
      (funcall step "definition" (list (expand-file-name buffer-file-name) (line-number-at-pos)))
      (switch-to-buffer app)
      (let ((secret (berth-diagnostic "security.plaintext-secret")))
        (funcall step "quickfixes" (vconcat (mapcar (lambda (action) (plist-get action :title))
                                                    (eglot-code-actions (flymake-diagnostic-beg secret)
                                                                        (flymake-diagnostic-end secret)
                                                                        "quickfix"))))
        ;; As C-u M-x eglot-code-actions RET quickfix: a single quick fix is applied without asking
        ;; (in eglot 1.9, M-x eglot-code-action-quickfix lists the actions but applies none).
        (eglot-code-actions (flymake-diagnostic-beg secret) (flymake-diagnostic-end secret) "quickfix" t))
      (save-buffer)
      (berth-goto "node1")
      ;; eglot applies the rename only if its documentChanges carry this version of app.berth.
      (funcall step "rename-version" eglot--versioned-identifier)
      (eglot-rename "server1")
      (save-some-buffers t)
      (find-file (expand-file-name "messy.berth" folder))
      (berth-wait "messy.berth managed" #'eglot-managed-p)
      (eglot-format-buffer)
      (save-buffer)
      (funcall step "formatted" t))))

(condition-case failure
    (progn
      (unwind-protect
          (dolist (folder (split-string (getenv "BERTH_EGLOT_FOLDERS") path-separator))
            (berth-scenario (file-name-nondirectory folder) folder))
        (eglot-shutdown-all))
      (kill-emacs 0))
  (error (berth-report "error" (error-message-string failure))
         (kill-emacs 1)))
