"""The Objections area: the rep's playbook (STEP3 应对客户拒绝, STEP5 处理客户异议).

page.py puts it together: the entries grouped the seed's way with a search
(entry_list.py), one entry shown readably (entry_view.py) or edited one
language at a time (entry_editor.py, answers_editor.py), the opener and tips
(guide_panel.py), playbook files (files.py) and what works (what_works.py).
"""
