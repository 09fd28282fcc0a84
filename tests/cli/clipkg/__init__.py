print("clipkg init", __name__)
