for s in ["ΟΔΟΣ", "ΟΔΟΣ.", "Σ", "ΑΣ'Α", "Α Σ", "ΑΣ1", "ΑΣΑ", "ἈΣ", "'Σ'", "ΣΑΣ ΣΑΣ"]:
    print(s, s.lower(), s.swapcase(), s.capitalize(), s.title())
