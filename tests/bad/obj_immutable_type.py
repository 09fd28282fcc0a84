int.new_attr = 5
